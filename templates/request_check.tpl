{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{>ERROR_SUMMARY}}
    <span class="govuk-caption-l">Ask for an EHC needs assessment for {{CHILD_NAME}}</span>
    <h1 class="govuk-heading-l">Check your answers before sending your request</h1>
    <dl class="govuk-summary-list">
{{#ROW}}
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">{{QUESTION}}</dt>
        <dd class="govuk-summary-list__value sendhub-plan__text" id="{{FIELD}}">{{ANSWER}}</dd>
        <dd class="govuk-summary-list__actions"><a class="govuk-link" href="/children/{{CHILD_ID}}/request-assessment/{{STEP}}?change=1">Change<span class="govuk-visually-hidden"> {{QUESTION_LOWER}}</span></a></dd>
      </div>
{{/ROW}}
    </dl>
    <h2 class="govuk-heading-m">Now send your request</h2>
    <p class="govuk-body">The council's SEN team will get your request today. It must tell you within 6 weeks whether it will carry out an assessment. If it does and a plan is needed, the final plan is due within 20 weeks of today. You can follow every step from {{CHILD_NAME}}'s record.</p>
    <form method="post" action="/children/{{CHILD_ID}}/request-assessment/check" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <button type="submit" class="govuk-button" data-module="govuk-button">Send request</button>
    </form>
    <form method="post" action="/children/{{CHILD_ID}}/request-assessment/discard" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button">Delete this draft</button>
    </form>
  </div>
</div>
