{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <h1 class="govuk-heading-l">Accept your invitation</h1>
    <p class="govuk-body">{{FROM}} has invited you to help as: <strong>{{ROLE}}</strong>. Accepting adds this to your SENDhub account.</p>
    <form method="post" action="/invitations/accept">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="token" value="{{TOKEN}}">
      <input type="hidden" name="existing_account" value="1">
      <button type="submit" class="govuk-button" data-module="govuk-button">Accept invitation</button>
    </form>
  </div>
</div>
