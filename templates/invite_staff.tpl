{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{>ERROR_SUMMARY}}
    <h1 class="govuk-heading-l">Invite someone to SENDhub</h1>
    <p class="govuk-body">Invite staff of an organisation in your area. Families and professionals helping with one child are invited from that child's record.</p>
    <form method="post" action="/people/invite" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
{{>INVITE_FIELDS}}
{{>ORGANISATION_FIELD}}
      <button type="submit" class="govuk-button" data-module="govuk-button">Send invitation</button>
    </form>
  </div>
</div>
