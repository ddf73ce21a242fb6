{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{>ERROR_SUMMARY}}
{{#REQUESTED}}
    <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="requested-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="requested-title">Success</h2></div>
      <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">Your request has been sent to the council's SEN team.</p></div>
    </div>
{{/REQUESTED}}
    <span class="govuk-caption-l"><a class="govuk-link" href="/children/{{CHILD_ID}}">{{CHILD_NAME}}</a>: EHC needs assessment</span>
    <h1 class="govuk-heading-l">{{STAGE}}</h1>
    <div class="govuk-inset-text">
      <p class="govuk-body">{{WHERE_NOW}}</p>
      <p class="govuk-body"><strong>What happens next:</strong> {{NEXT_STEP}}</p>
    </div>
    <p class="govuk-body">Caseworker: {{HOLDER}}</p>
{{#WRITE_ADVICE}}
    <div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span><strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span> Your advice is due by {{DUE}}. <a class="govuk-link" href="/cases/{{CASE_ID}}/advice">Write your advice</a></strong></div>
{{/WRITE_ADVICE}}
{{#NAMED}}
    <p class="govuk-body">School or setting named in the plan: <strong>{{SETTING}}</strong></p>
{{/NAMED}}
{{#PLAN_LINK}}
    <h2 class="govuk-heading-m" id="plan">The plan</h2>
    <p class="govuk-body">{{SAYS}} <a class="govuk-link" href="/cases/{{CASE_ID}}/plan">{{LINK_TEXT}}</a></p>
{{/PLAN_LINK}}
{{#PLAN_ERROR}}
    <p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}} <a class="govuk-link" href="/cases/{{CASE_ID}}/plan">Go to the plan</a></p>
{{/PLAN_ERROR}}
{{#HAS_YOU_CAN}}
    <h2 class="govuk-heading-m">What you can do now</h2>
    <ul class="govuk-list govuk-list--bullet">
{{#YOU_CAN}}
      <li>{{TEXT}}</li>
{{/YOU_CAN}}
    </ul>
{{/HAS_YOU_CAN}}
{{#DISAGREEMENTS}}
    <h2 class="govuk-heading-m" id="disagreements">Mediation and appeals</h2>
    <ul class="govuk-list">
{{#LINK}}
      <li><a class="govuk-link" href="/disagreements/{{ID}}">Disagreement about {{ABOUT}}</a>, recorded {{OPENED_ON}} ({{STATE}}){{#ORDER}}. <a class="govuk-link" href="/disagreements/{{ID}}">The tribunal's order</a> ({{STATE}}){{/ORDER}}</li>
{{/LINK}}
    </ul>
{{#MAY_RECORD}}
    <p class="govuk-body"><a class="govuk-link" href="/disagreements/new?case={{CASE_ID}}">Record a disagreement (mediation or appeal)</a></p>
{{/MAY_RECORD}}
{{/DISAGREEMENTS}}
  </div>
</div>
<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    <table class="govuk-table" id="timeline">
      <caption class="govuk-table__caption govuk-table__caption--m">Statutory timeline</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Step</th>
          <th scope="col" class="govuk-table__header">Due by</th>
          <th scope="col" class="govuk-table__header">Done</th>
          <th scope="col" class="govuk-table__header">Status</th>
          <th scope="col" class="govuk-table__header">The law</th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
{{#MILESTONE}}
        <tr class="govuk-table__row">
          <td class="govuk-table__cell">{{WHAT}}</td>
          <td class="govuk-table__cell">{{DUE}}</td>
          <td class="govuk-table__cell">{{DONE}}</td>
          <td class="govuk-table__cell"><strong class="govuk-tag {{TAG}}">{{STATUS}}</strong></td>
          <td class="govuk-table__cell govuk-body-s">{{RULE}}</td>
        </tr>
{{/MILESTONE}}
      </tbody>
    </table>
{{>FAMILY_VIEWS}}
{{#DRAFT}}
    <h2 class="govuk-heading-m">The council's note with the draft plan</h2>
    <p class="govuk-body sendhub-preserve-lines">{{SUMMARY}}</p>
{{/DRAFT}}
{{>ADVICE_LIST}}
{{#HAS_RESPONSES}}
    <h2 class="govuk-heading-m">The family's response to the draft</h2>
{{#RESPONSE}}
    <div class="govuk-inset-text">
      <p class="govuk-body-s">{{FROM}}, {{WHEN}}</p>
      <p class="govuk-body sendhub-preserve-lines">{{COMMENTS}}</p>
      <p class="govuk-body">School or setting they would like: {{SCHOOL}}</p>
    </div>
{{/RESPONSE}}
{{/HAS_RESPONSES}}
    <h2 class="govuk-heading-m">What has happened</h2>
    <ul class="govuk-list" id="history">
{{#EVENT}}
      <li><strong>{{DATE}}</strong>: {{WHAT}}{{#NOTE}}<br><span class="govuk-body-s">Reasons: {{TEXT}}</span>{{/NOTE}}</li>
{{/EVENT}}
    </ul>
  </div>
</div>
{{#RESPONSE_FORM}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <h2 class="govuk-heading-m">Your response to the draft plan</h2>
    <form method="post" action="/cases/{{CASE_ID}}/response" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="govuk-form-group {{COMMENTS_GROUP_CLASS}}">
        <label class="govuk-label" for="comments">Your comments on the draft plan</label>
        <div id="comments-hint" class="govuk-hint">What is right, what is missing, and anything you would like changed.</div>
{{#COMMENTS_ERROR}}
        <p id="comments-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/COMMENTS_ERROR}}
        <textarea class="govuk-textarea {{COMMENTS_INPUT_CLASS}}" id="comments" name="comments" rows="6" aria-describedby="comments-hint">{{COMMENTS}}</textarea>
      </div>
      <div class="govuk-form-group">
        <label class="govuk-label" for="school_preference">The school or setting you would like named</label>
        <input class="govuk-input" id="school_preference" name="school_preference" type="text" value="{{SCHOOL_PREFERENCE}}">
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button">Send your response</button>
    </form>
  </div>
</div>
{{/RESPONSE_FORM}}
{{>DRAFT_STAGE}}
{{#DOCUMENTS}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <h2 class="govuk-heading-m" id="documents">Documents</h2>
{{#NO_DOCUMENTS}}
    <p class="govuk-body">No documents yet.</p>
{{/NO_DOCUMENTS}}
    <ul class="govuk-list">
{{#DOCUMENT}}
      <li><a class="govuk-link" href="/documents/{{ID}}" download>{{TITLE}}</a> <span class="govuk-body-s">({{FILENAME}}, {{SIZE}}, added by {{BY}} on {{WHEN}})</span></li>
{{/DOCUMENT}}
    </ul>
{{#UPLOAD_FORM}}
    <form method="post" action="/cases/{{CASE_ID}}/documents" enctype="multipart/form-data" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="govuk-form-group {{TITLE_GROUP_CLASS}}">
        <label class="govuk-label" for="title">What is the document?</label>
        <div id="title-hint" class="govuk-hint">For example, "Speech and language therapy report, March 2025".</div>
{{#TITLE_ERROR}}
        <p id="title-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/TITLE_ERROR}}
        <input class="govuk-input {{TITLE_INPUT_CLASS}}" id="title" name="title" type="text" aria-describedby="title-hint" value="{{TITLE}}">
      </div>
      <div class="govuk-form-group {{FILE_GROUP_CLASS}}">
        <label class="govuk-label" for="file">Upload a file</label>
        <div id="file-hint" class="govuk-hint">A PDF, Word document (DOCX), PNG or JPEG, smaller than 10MB.</div>
{{#FILE_ERROR}}
        <p id="file-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/FILE_ERROR}}
        <input class="govuk-file-upload" id="file" name="file" type="file" aria-describedby="file-hint" accept=".pdf,.docx,.png,.jpg,.jpeg">
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Add document</button>
    </form>
{{/UPLOAD_FORM}}
  </div>
</div>
{{/DOCUMENTS}}
{{#MESSAGES}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <h2 class="govuk-heading-m" id="messages">Messages</h2>
{{#NO_MESSAGES}}
    <p class="govuk-body">No messages yet. Questions about this request can go here, so they stay with it.</p>
{{/NO_MESSAGES}}
{{#MESSAGE_ROW}}
    <div class="govuk-inset-text">
      <p class="govuk-body-s">{{FROM}}, {{WHEN}} UTC</p>
      <p class="govuk-body">{{BODY}}</p>
    </div>
{{/MESSAGE_ROW}}
{{#MESSAGE_FORM}}
    <form method="post" action="/cases/{{CASE_ID}}/messages" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="govuk-form-group {{MESSAGE_GROUP_CLASS}}">
        <label class="govuk-label" for="message">Write a message</label>
{{#MESSAGE_ERROR}}
        <p id="message-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/MESSAGE_ERROR}}
        <textarea class="govuk-textarea {{MESSAGE_INPUT_CLASS}}" id="message" name="message" rows="4">{{MESSAGE}}</textarea>
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Send message</button>
    </form>
{{/MESSAGE_FORM}}
  </div>
</div>
{{/MESSAGES}}
{{#WITHDRAW_FORM}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <details class="govuk-details">
      <summary class="govuk-details__summary"><span class="govuk-details__summary-text">Withdraw this request</span></summary>
      <div class="govuk-details__text">
        <form method="post" action="/cases/{{CASE_ID}}/withdraw" novalidate>
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
          <div class="govuk-form-group {{WITHDRAW_REASON_GROUP_CLASS}}">
            <label class="govuk-label" for="withdraw_reason">Why (optional)</label>
{{#WITHDRAW_REASON_ERROR}}
            <p id="withdraw_reason-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/WITHDRAW_REASON_ERROR}}
            <textarea class="govuk-textarea" id="withdraw_reason" name="withdraw_reason" rows="3">{{WITHDRAW_REASON}}</textarea>
          </div>
          <button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button">Withdraw the request</button>
        </form>
      </div>
    </details>
  </div>
</div>
{{/WITHDRAW_FORM}}
{{#ACTIONS}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{#DECISION_FORM}}
    <h2 class="govuk-heading-m">Record the decision whether to assess</h2>
    <form method="post" action="/cases/{{CASE_ID}}/decision" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="govuk-form-group {{OUTCOME_GROUP_CLASS}}">
        <fieldset class="govuk-fieldset" id="outcome">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Will the council carry out an EHC needs assessment?</legend>
{{#OUTCOME_ERROR}}
          <p id="outcome-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/OUTCOME_ERROR}}
          <div class="govuk-radios govuk-radios--small" data-module="govuk-radios">
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="outcome-assess" name="outcome" type="radio" value="assess" {{ASSESS_CHECKED}}>
              <label class="govuk-label govuk-radios__label" for="outcome-assess">Yes, assess</label>
            </div>
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="outcome-not_assess" name="outcome" type="radio" value="not_assess" {{NOT_ASSESS_CHECKED}}>
              <label class="govuk-label govuk-radios__label" for="outcome-not_assess">No, do not assess</label>
            </div>
          </div>
        </fieldset>
      </div>
      <div class="govuk-form-group {{REASONS_GROUP_CLASS}}">
        <label class="govuk-label" for="reasons">Reasons</label>
        <div id="reasons-hint" class="govuk-hint">Needed if the council will not assess: they go in the family's letter, with their right to appeal.</div>
{{#REASONS_ERROR}}
        <p id="reasons-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/REASONS_ERROR}}
        <textarea class="govuk-textarea" id="reasons" name="reasons" rows="4" aria-describedby="reasons-hint">{{REASONS}}</textarea>
      </div>
      <div class="govuk-form-group {{DATE_GROUP_CLASS}}">
        <fieldset class="govuk-fieldset" role="group" aria-describedby="date-hint">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Date of the decision</legend>
          <div id="date-hint" class="govuk-hint">Leave empty for today. For example, 17 2 2025.</div>
{{#DATE_ERROR}}
          <p id="date-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/DATE_ERROR}}
          <div class="govuk-date-input" id="date">
            <div class="govuk-date-input__item"><div class="govuk-form-group"><label class="govuk-label govuk-date-input__label" for="date_day">Day</label><input class="govuk-input govuk-date-input__input govuk-input--width-2" id="date_day" name="date_day" type="text" inputmode="numeric"></div></div>
            <div class="govuk-date-input__item"><div class="govuk-form-group"><label class="govuk-label govuk-date-input__label" for="date_month">Month</label><input class="govuk-input govuk-date-input__input govuk-input--width-2" id="date_month" name="date_month" type="text" inputmode="numeric"></div></div>
            <div class="govuk-date-input__item"><div class="govuk-form-group"><label class="govuk-label govuk-date-input__label" for="date_year">Year</label><input class="govuk-input govuk-date-input__input govuk-input--width-4" id="date_year" name="date_year" type="text" inputmode="numeric"></div></div>
          </div>
        </fieldset>
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button">Record decision</button>
    </form>
{{/DECISION_FORM}}
{{#ADVICE_FORM}}
    <h2 class="govuk-heading-m">Ask for advice</h2>
    <form method="post" action="/cases/{{CASE_ID}}/advice-requests" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
{{>ADVICE_PEOPLE}}
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Ask for advice</button>
    </form>
{{/ADVICE_FORM}}
{{#CHASE_FORM}}
    <h2 class="govuk-heading-m">Chase advice</h2>
    <form method="post" action="/cases/{{CASE_ID}}/chase" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="govuk-form-group {{CHASE_GROUP_CLASS}}">
        <label class="govuk-label" for="chase">Whose advice are you waiting for?</label>
        <div id="chase-hint" class="govuk-hint">Everyone named for that advice gets an email now, with the due date.</div>
{{#CHASE_ERROR}}
        <p id="chase-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/CHASE_ERROR}}
        <select class="govuk-select" id="chase" name="chase" aria-describedby="chase-hint">
{{#CHASE_OPTION}}
          <option value="{{VALUE}}">{{LABEL}}</option>
{{/CHASE_OPTION}}
        </select>
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Send a reminder</button>
    </form>
{{/CHASE_FORM}}
{{#RECEIVED_FORM}}
    <h2 class="govuk-heading-m">Record advice received</h2>
    <form method="post" action="/cases/{{CASE_ID}}/advice-received" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="govuk-form-group {{ADVISER_GROUP_CLASS}}">
        <label class="govuk-label" for="adviser">Whose advice arrived today?</label>
{{#ADVISER_ERROR}}
        <p id="adviser-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/ADVISER_ERROR}}
        <select class="govuk-select" id="adviser" name="adviser">
          <option value="">Choose</option>
{{#WAITING}}
          <option value="{{VALUE}}">{{LABEL}}</option>
{{/WAITING}}
        </select>
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Record advice received</button>
    </form>
{{/RECEIVED_FORM}}
{{#DRAFT_FORM}}
    <h2 class="govuk-heading-m">Send the draft plan to the family</h2>
    <form method="post" action="/cases/{{CASE_ID}}/draft-plan" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="govuk-form-group {{SUMMARY_GROUP_CLASS}}">
        <label class="govuk-label" for="summary">A note to the family with the draft (optional)</label>
        <div id="summary-hint" class="govuk-hint">The draft is the plan as it stands now. The family gets 15 days to comment and to name a school or setting.</div>
{{#SUMMARY_ERROR}}
        <p id="summary-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/SUMMARY_ERROR}}
        <textarea class="govuk-textarea {{SUMMARY_INPUT_CLASS}}" id="summary" name="summary" rows="6" aria-describedby="summary-hint">{{SUMMARY}}</textarea>
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button">Send draft plan</button>
    </form>
{{/DRAFT_FORM}}
{{#FINAL_FORM}}
    <h2 class="govuk-heading-m">Issue the final plan</h2>
    <form method="post" action="/cases/{{CASE_ID}}/final-plan" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <p class="govuk-body">The final plan is the plan as it stands now, naming the school or setting in its section I. Check the family's comments and the <a class="govuk-link" href="/cases/{{CASE_ID}}/plan">plan</a> first.</p>
      <button type="submit" class="govuk-button" data-module="govuk-button">Issue final plan</button>
    </form>
{{/FINAL_FORM}}
{{#PANEL_FORM}}
    <h2 class="govuk-heading-m">List for a panel</h2>
    <form method="post" action="/cases/{{CASE_ID}}/panel" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="govuk-form-group">
        <label class="govuk-label" for="panel_id">Panel date</label>
        <select class="govuk-select" id="panel_id" name="panel_id">
{{#PANEL_OPTION}}
          <option value="{{ID}}">{{DATE}}</option>
{{/PANEL_OPTION}}
        </select>
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">List for panel</button>
    </form>
{{/PANEL_FORM}}
{{#NOT_ISSUE_FORM}}
    <h2 class="govuk-heading-m">Decide not to issue a plan</h2>
    <form method="post" action="/cases/{{CASE_ID}}/not-to-issue" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="govuk-form-group {{NOT_ISSUE_REASONS_GROUP_CLASS}}">
        <label class="govuk-label" for="not_issue_reasons">Reasons</label>
        <div id="not_issue_reasons-hint" class="govuk-hint">They go in the family's letter, with their right to appeal.</div>
{{#NOT_ISSUE_REASONS_ERROR}}
        <p id="not_issue_reasons-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/NOT_ISSUE_REASONS_ERROR}}
        <textarea class="govuk-textarea {{NOT_ISSUE_REASONS_INPUT_CLASS}}" id="not_issue_reasons" name="not_issue_reasons" rows="4" aria-describedby="not_issue_reasons-hint">{{NOT_ISSUE_REASONS}}</textarea>
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Record decision not to issue</button>
    </form>
{{/NOT_ISSUE_FORM}}
{{#EXCEPTION_FORM}}
    <h2 class="govuk-heading-m">Record an exception to the 20-week limit</h2>
    <form method="post" action="/cases/{{CASE_ID}}/exceptions" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="govuk-form-group {{EXCEPTION_TYPE_GROUP_CLASS}}">
        <label class="govuk-label" for="exception_type">Which exception (SEND Regulations 2014, reg 10(4))</label>
{{#EXCEPTION_TYPE_ERROR}}
        <p id="exception_type-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/EXCEPTION_TYPE_ERROR}}
        <select class="govuk-select" id="exception_type" name="exception_type">
          <option value="">Choose</option>
{{#EXCEPTION_TYPE}}
          <option value="{{VALUE}}" {{SELECTED}}>{{LABEL}}</option>
{{/EXCEPTION_TYPE}}
        </select>
      </div>
{{>EXCEPTION_FROM}}
{{>EXCEPTION_TO}}
      <div class="govuk-form-group {{EXCEPTION_NOTE_GROUP_CLASS}}">
        <label class="govuk-label" for="exception_note">What happened</label>
{{#EXCEPTION_NOTE_ERROR}}
        <p id="exception_note-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/EXCEPTION_NOTE_ERROR}}
        <textarea class="govuk-textarea {{EXCEPTION_NOTE_INPUT_CLASS}}" id="exception_note" name="exception_note" rows="2">{{EXCEPTION_NOTE}}</textarea>
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Record exception</button>
    </form>
{{/EXCEPTION_FORM}}
  </div>
</div>
{{/ACTIONS}}
