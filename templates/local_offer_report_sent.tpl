{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <div class="govuk-panel govuk-panel--confirmation">
      <h1 class="govuk-panel__title">{{M_REPORT_THANKS_TITLE}}</h1>
    </div>
    <p class="govuk-body">{{TEXT}}</p>
    <p class="govuk-body"><a class="govuk-link" href="{{BACK_HREF}}">{{M_BACK_TO_SEARCH}}</a></p>
  </div>
</div>
