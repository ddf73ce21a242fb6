{{%AUTOESCAPE context="HTML"}}
<a href="{{BACK_HREF}}" class="govuk-back-link">{{M_BACK_TO_SEARCH}}</a>
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{>ERROR_SUMMARY}}
    <h1 class="govuk-heading-l">{{M_REPORT_TITLE}}</h1>
    <p class="govuk-body">{{INTRO}}</p>
    <form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="govuk-form-group {{WHAT_IS_WRONG_GROUP_CLASS}}">
        <fieldset class="govuk-fieldset" {{#WHAT_IS_WRONG_ERROR}}aria-describedby="what_is_wrong-error"{{/WHAT_IS_WRONG_ERROR}}>
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{{M_REPORT_WHAT_LABEL}}</legend>
{{#WHAT_IS_WRONG_ERROR}}
          <p id="what_is_wrong-error" class="govuk-error-message"><span class="govuk-visually-hidden">{{PREFIX}}</span> {{MESSAGE}}</p>
{{/WHAT_IS_WRONG_ERROR}}
          <div class="govuk-radios" data-module="govuk-radios" id="what_is_wrong">
{{#KIND}}
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="what_is_wrong-{{VALUE}}" name="what_is_wrong" type="radio" value="{{VALUE}}" {{CHECKED}}>
              <label class="govuk-label govuk-radios__label" for="what_is_wrong-{{VALUE}}">{{LABEL}}</label>
            </div>
{{/KIND}}
          </div>
        </fieldset>
      </div>
      <div class="govuk-form-group {{DETAILS_GROUP_CLASS}}">
        <label class="govuk-label govuk-label--s" for="details">{{M_REPORT_DETAILS_LABEL}}</label>
        <div id="details-hint" class="govuk-hint">{{M_REPORT_DETAILS_HINT}}</div>
{{#DETAILS_ERROR}}
        <p id="details-error" class="govuk-error-message"><span class="govuk-visually-hidden">{{PREFIX}}</span> {{MESSAGE}}</p>
{{/DETAILS_ERROR}}
        <textarea class="govuk-textarea {{DETAILS_INPUT_CLASS}}" id="details" name="details" rows="5" aria-describedby="details-hint">{{DETAILS}}</textarea>
      </div>
      <div class="govuk-form-group {{REPLY_EMAIL_GROUP_CLASS}}">
        <label class="govuk-label govuk-label--s" for="reply_email">{{M_REPORT_EMAIL_LABEL}}</label>
        <div id="reply_email-hint" class="govuk-hint">{{M_REPORT_EMAIL_HINT}}</div>
{{#REPLY_EMAIL_ERROR}}
        <p id="reply_email-error" class="govuk-error-message"><span class="govuk-visually-hidden">{{PREFIX}}</span> {{MESSAGE}}</p>
{{/REPLY_EMAIL_ERROR}}
        <input class="govuk-input {{REPLY_EMAIL_INPUT_CLASS}}" id="reply_email" name="reply_email" type="email" value="{{REPLY_EMAIL}}" aria-describedby="reply_email-hint" autocomplete="email" spellcheck="false">
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button">{{M_REPORT_BUTTON}}</button>
    </form>
  </div>
</div>
