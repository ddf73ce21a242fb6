{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{>ERROR_SUMMARY}}
    <h1 class="govuk-heading-l">Panels</h1>
    <p class="govuk-body">Multi-agency panels consider cases and recommend what the council should decide. List a case for a panel from its case page.</p>
{{#NONE}}
    <p class="govuk-body">No panels are set for the coming weeks.</p>
{{/NONE}}
{{#HAS_PANELS}}
    <ul class="govuk-list">
{{#PANEL}}
      <li><a class="govuk-link" href="/panels/{{ID}}">Panel on {{DATE}}</a> ({{CASES}} cases listed)</li>
{{/PANEL}}
    </ul>
{{/HAS_PANELS}}
{{#CREATE_FORM}}
    <h2 class="govuk-heading-m">Set a panel date</h2>
    <form method="post" action="/panels" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
{{>MEETS_ON}}
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Set panel date</button>
    </form>
{{/CREATE_FORM}}
  </div>
</div>
