{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <h1 class="govuk-heading-l">{{HEADING}}</h1>
{{#PARAGRAPH}}
    <p class="govuk-body">{{TEXT}}</p>
{{/PARAGRAPH}}
    <p class="govuk-body"><a href="/" class="govuk-link">Go to the SENDhub start page</a></p>
{{#REFERENCE}}
    <p class="govuk-body">If you contact support about this, quote reference {{ID}}.</p>
{{/REFERENCE}}
  </div>
</div>
