{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <h1 class="govuk-heading-l">Children's records</h1>
    <p class="govuk-body">Signed in as {{DISPLAY_NAME}} ({{ROLE}}).</p>
{{#NONE}}
    <p class="govuk-body">{{WHY}}</p>
{{/NONE}}
{{#HAS_CHILDREN}}
    <ul class="govuk-list">
{{#CHILD}}
      <li><a class="govuk-link" href="/children/{{ID}}">{{NAME}}</a></li>
{{/CHILD}}
    </ul>
{{/HAS_CHILDREN}}
  </div>
</div>
