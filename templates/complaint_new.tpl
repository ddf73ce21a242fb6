{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <a href="/children/{{CHILD_ID}}" class="govuk-back-link">Back to the record</a>
{{>ERROR_SUMMARY}}
    <span class="govuk-caption-l">{{CHILD_NAME}}</span>
    <h1 class="govuk-heading-l">{{HEADING}}</h1>
{{#FAMILY}}
    <p class="govuk-body">Your complaint goes to the council's SEN team and stays on your child's record with its reply, so you do not have to explain it again. Only you and the SEN team can read it. Making a complaint does not affect your child's support or your right to mediation or appeal.</p>
    <p class="govuk-body">SENDIASS can help you write it, free and in confidence.</p>
{{/FAMILY}}
    <form method="post" action="/children/{{CHILD_ID}}/complaints" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
{{>FORM_FIELDS}}
      <button type="submit" class="govuk-button" data-module="govuk-button">Send the complaint</button>
    </form>
  </div>
</div>
