{{%AUTOESCAPE context="HTML"}}
<a href="/local-offer/manage" class="govuk-back-link">Back to the Local Offer dashboard</a>
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{>ERROR_SUMMARY}}
    <span class="govuk-caption-l">{{ORGANISATION_NAME}}</span>
    <h1 class="govuk-heading-l">Edit {{TITLE}}</h1>
    <p class="govuk-body">Last checked: {{LAST_CHECKED}}. <a class="govuk-link" href="/local-offer/services/{{ID}}">See it as families do</a> · <a class="govuk-link" href="/local-offer/manage/services/{{ID}}/history">Change history</a></p>
{{#OVERDUE}}
    <div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span><strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span> This entry is past its check date. If nothing has changed, use "Still correct" on the dashboard.</strong></div>
{{/OVERDUE}}
{{#WAITING}}
    <div class="govuk-inset-text">A change to this entry is already waiting for approval.</div>
{{/WAITING}}
{{#PROVIDER}}
    <p class="govuk-body">Families keep seeing the entry as it is until the council's Local Offer team approves your changes.</p>
{{/PROVIDER}}
    <form method="post" action="/local-offer/manage/services/{{ID}}" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="version" value="{{VERSION}}">
      <div class="govuk-form-group {{NAME_GROUP_CLASS}}">
        <label class="govuk-label govuk-label--s" for="name">Name of the service</label>
{{#NAME_ERROR}}<p id="name-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/NAME_ERROR}}
        <input class="govuk-input {{NAME_INPUT_CLASS}}" id="name" name="name" type="text" value="{{NAME}}">
      </div>
      <div class="govuk-form-group {{STATUS_GROUP_CLASS}}">
        <label class="govuk-label govuk-label--s" for="status">Open or closed</label>
{{#STATUS_ERROR}}<p id="status-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/STATUS_ERROR}}
        <select class="govuk-select" id="status" name="status">
{{#STATUS_OPTION}}<option value="{{VALUE}}" {{SELECTED}}>{{LABEL}}</option>{{/STATUS_OPTION}}
        </select>
      </div>
      <div class="govuk-form-group {{SUMMARY_GROUP_CLASS}}">
        <label class="govuk-label govuk-label--s" for="summary">Summary</label>
        <div id="summary-hint" class="govuk-hint">One or two sentences families see in the search results. Plain English, no jargon.</div>
{{#SUMMARY_ERROR}}<p id="summary-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/SUMMARY_ERROR}}
        <textarea class="govuk-textarea {{SUMMARY_INPUT_CLASS}}" id="summary" name="summary" rows="2" aria-describedby="summary-hint">{{SUMMARY}}</textarea>
      </div>
      <div class="govuk-form-group {{DESCRIPTION_GROUP_CLASS}}">
        <label class="govuk-label govuk-label--s" for="description">Description</label>
{{#DESCRIPTION_ERROR}}<p id="description-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/DESCRIPTION_ERROR}}
        <textarea class="govuk-textarea {{DESCRIPTION_INPUT_CLASS}}" id="description" name="description" rows="5">{{DESCRIPTION}}</textarea>
      </div>
      <div class="govuk-form-group {{EASY_READ_GROUP_CLASS}}">
        <label class="govuk-label govuk-label--s" for="easy_read">Easy read summary (optional)</label>
        <div id="easy_read-hint" class="govuk-hint">Short sentences, one idea each, everyday words.</div>
{{#EASY_READ_ERROR}}<p id="easy_read-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/EASY_READ_ERROR}}
        <textarea class="govuk-textarea" id="easy_read" name="easy_read" rows="3" aria-describedby="easy_read-hint">{{EASY_READ}}</textarea>
      </div>
      <div class="govuk-form-group {{APPLICATION_PROCESS_GROUP_CLASS}}">
        <label class="govuk-label govuk-label--s" for="application_process">How families get help</label>
        <div id="application_process-hint" class="govuk-hint">Who can refer, or how to book or come along.</div>
{{#APPLICATION_PROCESS_ERROR}}<p id="application_process-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/APPLICATION_PROCESS_ERROR}}
        <textarea class="govuk-textarea {{APPLICATION_PROCESS_INPUT_CLASS}}" id="application_process" name="application_process" rows="3" aria-describedby="application_process-hint">{{APPLICATION_PROCESS}}</textarea>
      </div>
      <div class="govuk-form-group {{ATTENDING_ACCESS_GROUP_CLASS}}">
        <label class="govuk-label govuk-label--s" for="attending_access">How people start</label>
{{#ATTENDING_ACCESS_ERROR}}<p id="attending_access-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/ATTENDING_ACCESS_ERROR}}
        <select class="govuk-select" id="attending_access" name="attending_access">
{{#ACCESS_OPTION}}<option value="{{VALUE}}" {{SELECTED}}>{{LABEL}}</option>{{/ACCESS_OPTION}}
        </select>
      </div>
      <div class="govuk-form-group {{WAIT_TIME_GROUP_CLASS}}">
        <label class="govuk-label govuk-label--s" for="wait_time">Expected wait (optional)</label>
        <div id="wait_time-hint" class="govuk-hint">For example, about 12 weeks for a first appointment</div>
{{#WAIT_TIME_ERROR}}<p id="wait_time-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/WAIT_TIME_ERROR}}
        <input class="govuk-input {{WAIT_TIME_INPUT_CLASS}}" id="wait_time" name="wait_time" type="text" value="{{WAIT_TIME}}" aria-describedby="wait_time-hint">
      </div>
      <div class="govuk-form-group {{ELIGIBILITY_DESCRIPTION_GROUP_CLASS}}">
        <label class="govuk-label govuk-label--s" for="eligibility_description">Who it is for (optional)</label>
{{#ELIGIBILITY_DESCRIPTION_ERROR}}<p id="eligibility_description-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/ELIGIBILITY_DESCRIPTION_ERROR}}
        <textarea class="govuk-textarea" id="eligibility_description" name="eligibility_description" rows="2">{{ELIGIBILITY_DESCRIPTION}}</textarea>
      </div>
      <div class="govuk-form-group {{MINIMUM_AGE_GROUP_CLASS}}">
        <label class="govuk-label govuk-label--s" for="minimum_age">Youngest age (optional)</label>
{{#MINIMUM_AGE_ERROR}}<p id="minimum_age-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/MINIMUM_AGE_ERROR}}
        <input class="govuk-input govuk-input--width-3 {{MINIMUM_AGE_INPUT_CLASS}}" id="minimum_age" name="minimum_age" type="text" inputmode="numeric" value="{{MINIMUM_AGE}}">
      </div>
      <div class="govuk-form-group {{MAXIMUM_AGE_GROUP_CLASS}}">
        <label class="govuk-label govuk-label--s" for="maximum_age">Oldest age (optional)</label>
{{#MAXIMUM_AGE_ERROR}}<p id="maximum_age-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/MAXIMUM_AGE_ERROR}}
        <input class="govuk-input govuk-input--width-3 {{MAXIMUM_AGE_INPUT_CLASS}}" id="maximum_age" name="maximum_age" type="text" inputmode="numeric" value="{{MAXIMUM_AGE}}">
      </div>
      <div class="govuk-form-group {{FREE_GROUP_CLASS}}">
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Is it free?</legend>
{{#FREE_ERROR}}<p id="free-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/FREE_ERROR}}
          <div class="govuk-radios govuk-radios--small" data-module="govuk-radios" id="free">
            <div class="govuk-radios__item"><input class="govuk-radios__input" id="free-yes" name="free" type="radio" value="yes" {{FREE_YES}}><label class="govuk-label govuk-radios__label" for="free-yes">Yes, it is free</label></div>
            <div class="govuk-radios__item"><input class="govuk-radios__input" id="free-no" name="free" type="radio" value="no" {{FREE_NO}}><label class="govuk-label govuk-radios__label" for="free-no">No, there is a cost</label></div>
          </div>
        </fieldset>
      </div>
      <div class="govuk-form-group {{FEES_DESCRIPTION_GROUP_CLASS}}">
        <label class="govuk-label govuk-label--s" for="fees_description">What it costs</label>
{{#FEES_DESCRIPTION_ERROR}}<p id="fees_description-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/FEES_DESCRIPTION_ERROR}}
        <input class="govuk-input {{FEES_DESCRIPTION_INPUT_CLASS}}" id="fees_description" name="fees_description" type="text" value="{{FEES_DESCRIPTION}}">
      </div>
      <div class="govuk-form-group {{PHONE_GROUP_CLASS}}">
        <label class="govuk-label govuk-label--s" for="phone">Phone number</label>
{{#PHONE_ERROR}}<p id="phone-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/PHONE_ERROR}}
        <input class="govuk-input govuk-input--width-20 {{PHONE_INPUT_CLASS}}" id="phone" name="phone" type="tel" value="{{PHONE}}" autocomplete="off">
      </div>
      <div class="govuk-form-group {{EMAIL_GROUP_CLASS}}">
        <label class="govuk-label govuk-label--s" for="email">Email address for families</label>
{{#EMAIL_ERROR}}<p id="email-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/EMAIL_ERROR}}
        <input class="govuk-input {{EMAIL_INPUT_CLASS}}" id="email" name="email" type="email" value="{{EMAIL}}" spellcheck="false" autocomplete="off">
      </div>
      <div class="govuk-form-group {{URL_GROUP_CLASS}}">
        <label class="govuk-label govuk-label--s" for="url">Website</label>
{{#URL_ERROR}}<p id="url-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/URL_ERROR}}
        <input class="govuk-input {{URL_INPUT_CLASS}}" id="url" name="url" type="url" value="{{URL}}" spellcheck="false">
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button">{{SUBMIT}}</button>
    </form>
  </div>
</div>
