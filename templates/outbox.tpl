{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <h1 class="govuk-heading-l">Demo outbox</h1>
    <p class="govuk-body">This server is in demo mode, so it sends no email. These are the emails it would have sent, newest first. On a real server this page does not exist.</p>
{{#EMPTY}}
    <p class="govuk-body">No emails yet. Invite someone, or ask for a password reset, and the email appears here.</p>
{{/EMPTY}}
{{#MAIL}}
    <div class="govuk-summary-card" id="mail-{{ID}}">
      <div class="govuk-summary-card__title-wrapper"><h2 class="govuk-summary-card__title">{{SUBJECT}}</h2></div>
      <div class="govuk-summary-card__content">
        <p class="govuk-body-s">To {{TO}}, {{QUEUED}} UTC</p>
        <div class="sendhub-email">
{{#LINE}}{{#TEXT}}<p class="govuk-body govuk-!-margin-bottom-1">{{VALUE}}</p>{{/TEXT}}{{#URL}}<p class="govuk-body govuk-!-margin-bottom-1"><a class="govuk-link" href="{{HREF}}">{{HREF}}</a></p>{{/URL}}
{{/LINE}}
        </div>
      </div>
    </div>
{{/MAIL}}
  </div>
</div>
