{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{#PANEL}}
    <div class="govuk-panel govuk-panel--confirmation">
      <h1 class="govuk-panel__title">{{HEADING}}</h1>
    </div>
{{/PANEL}}
{{#PLAIN_HEADING}}
    <h1 class="govuk-heading-l">{{HEADING}}</h1>
{{/PLAIN_HEADING}}
{{#PARAGRAPH}}
    <p class="govuk-body">{{TEXT}}</p>
{{/PARAGRAPH}}
{{#LINK}}
    <p class="govuk-body"><a class="govuk-link" href="{{HREF}}">{{TEXT}}</a></p>
{{/LINK}}
  </div>
</div>
