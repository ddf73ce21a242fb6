{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{>ERROR_SUMMARY}}
{{#ARRANGED}}
    <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="arranged-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="arranged-title">Success</h2></div>
      <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">The review is arranged and the invitations have been sent.</p></div>
    </div>
{{/ARRANGED}}
    <span class="govuk-caption-l"><a class="govuk-link" href="/children/{{CHILD_ID}}">{{CHILD_NAME}}</a>: annual review of the EHC plan</span>
    <h1 class="govuk-heading-l">{{STAGE}}</h1>
{{#WRITE_ADVICE}}
    <div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span><strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span> Your advice for this review is due by {{DUE}}. <a class="govuk-link" href="/cases/{{CASE_ID}}/advice">Write your advice</a></strong></div>
{{/WRITE_ADVICE}}
    <div class="govuk-inset-text">
      <p class="govuk-body">{{WHERE_NOW}}</p>
      <p class="govuk-body"><strong>What happens next:</strong> {{NEXT_STEP}}</p>
    </div>
    <dl class="govuk-summary-list">
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Meeting</dt><dd class="govuk-summary-list__value">{{MEETING_ON}}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Where</dt><dd class="govuk-summary-list__value">{{MEETING_WHERE}}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Invited</dt><dd class="govuk-summary-list__value"><ul class="govuk-list">{{#INVITED}}<li>{{WHO}}</li>{{/INVITED}}</ul></dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Caseworker</dt><dd class="govuk-summary-list__value">{{HOLDER}}</dd></div>
    </dl>
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
          <td class="govuk-table__cell">{{RULE}}</td>
        </tr>
{{/MILESTONE}}
      </tbody>
    </table>
  </div>
</div>
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{#PLAN}}
    <h2 class="govuk-heading-m" id="plan">The plan</h2>
{{#MAY_EDIT}}
    <p class="govuk-body">To propose changes, <a class="govuk-link" href="/cases/{{CASE_ID}}/plan">change the plan</a> first; the changes go to the family with the decision to amend.</p>
{{/MAY_EDIT}}
    <ul class="govuk-list" id="plan-versions">
{{#VERSION}}
      <li>Version {{NUMBER}}: {{WHAT}}, {{DATE}}. <a class="govuk-link" href="/cases/{{CASE_ID}}/plan?version={{NUMBER}}">Read<span class="govuk-visually-hidden"> version {{NUMBER}}</span></a>{{#CHANGES}} · <a class="govuk-link" href="/cases/{{CASE_ID}}/plan/versions/{{NUMBER}}/changes?against={{AGAINST}}">What changed<span class="govuk-visually-hidden"> in version {{NUMBER}}</span></a>{{/CHANGES}}</li>
{{/VERSION}}
    </ul>
{{/PLAN}}
{{#REPORT}}
    <h2 class="govuk-heading-m" id="report">The review report</h2>
    <p class="govuk-body">The meeting was held on {{HELD_ON}}.</p>
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-table__caption--s">Progress towards each outcome</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Outcome</th><th scope="col" class="govuk-table__header">Progress</th><th scope="col" class="govuk-table__header">What was said</th></tr></thead>
      <tbody class="govuk-table__body">
{{#PROGRESS}}
        <tr class="govuk-table__row"><td class="govuk-table__cell">{{OUTCOME}}<br><span class="govuk-body-s">{{YORK}}</span></td><td class="govuk-table__cell">{{PROGRESS}}</td><td class="govuk-table__cell">{{COMMENT}}</td></tr>
{{/PROGRESS}}
      </tbody>
    </table>
    <h3 class="govuk-heading-s">What is working</h3>
    <p class="govuk-body sendhub-prewrap">{{WORKING}}</p>
    <h3 class="govuk-heading-s">What is not working</h3>
    <p class="govuk-body sendhub-prewrap">{{NOT_WORKING}}</p>
    <h3 class="govuk-heading-s">Changes recommended</h3>
    <p class="govuk-body sendhub-prewrap">{{CHANGES}}</p>
{{/REPORT}}
{{#DECISION}}
    <h2 class="govuk-heading-m" id="decision">The council's decision</h2>
    <p class="govuk-body">On {{ON}}: <strong>{{WHAT}}</strong>.</p>
    <p class="govuk-body sendhub-prewrap">{{REASONS}}</p>
{{#CEASE}}
    <p class="govuk-body">Reason recorded for the SEN2 return: {{REASON}}.</p>
{{/CEASE}}
{{/DECISION}}
{{#HAS_RESPONSES}}
    <h2 class="govuk-heading-m" id="responses">The family's replies</h2>
{{/HAS_RESPONSES}}
{{#RESPONSE}}
    <div class="govuk-inset-text"><p class="govuk-body-s">{{FROM}}, {{WHEN}}</p><p class="govuk-body sendhub-prewrap">{{COMMENTS}}</p>{{#SCHOOL}}<p class="govuk-body">School or setting they would like: {{SCHOOL}}</p>{{/SCHOOL}}</div>
{{/RESPONSE}}
{{>FAMILY_VIEWS}}
{{>ADVICE_LIST}}
{{#ADVICE_FORM}}
    <h2 class="govuk-heading-m">Ask for advice</h2>
    <p class="govuk-body">The person you name sees this review and the child's record only while their advice is needed, and is reminded a week before it is due.</p>
    <form method="post" action="/reviews/{{CASE_ID}}/advice-requests" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
{{>ADVICE_PEOPLE}}
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Ask for advice</button>
    </form>
{{/ADVICE_FORM}}
{{#MEETING_FORM}}
    <h2 class="govuk-heading-m">Record the review meeting</h2>
    <form method="post" action="/reviews/{{CASE_ID}}/meeting" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
{{>HELD_ON}}
{{>ADVICE_CIRCULATED_ON}}
{{#OUTCOME}}
      <input type="hidden" name="outcome_ids" value="{{ID}}">
      <div class="govuk-form-group {{GROUP_CLASS}}">
        <fieldset class="govuk-fieldset" id="progress_{{ID}}">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Progress towards: {{TEXT}}</legend>
          <div class="govuk-hint">{{YORK}}{{#PFA}}. Preparing for adulthood: {{AREA}}{{/PFA}}</div>
{{#ERROR}}
          <p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/ERROR}}
          <div class="govuk-radios govuk-radios--small govuk-radios--inline" data-module="govuk-radios">
{{#CHOICE}}
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="progress_{{ID}}-{{VALUE}}" name="progress_{{ID}}" type="radio" value="{{VALUE}}" {{CHECKED}}>
              <label class="govuk-label govuk-radios__label" for="progress_{{ID}}-{{VALUE}}">{{LABEL}}</label>
            </div>
{{/CHOICE}}
          </div>
        </fieldset>
        <label class="govuk-label" for="comment_{{ID}}">What was said about it (optional)</label>
        <textarea class="govuk-textarea" id="comment_{{ID}}" name="comment_{{ID}}" rows="2">{{COMMENT}}</textarea>
      </div>
{{/OUTCOME}}
      <div class="govuk-form-group {{WORKING_GROUP_CLASS}}">
        <label class="govuk-label" for="working">What is working well</label>
{{#WORKING_ERROR}}
        <p id="working-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/WORKING_ERROR}}
        <textarea class="govuk-textarea {{WORKING_INPUT_CLASS}}" id="working" name="working" rows="4">{{WORKING}}</textarea>
      </div>
      <div class="govuk-form-group">
        <label class="govuk-label" for="not_working">What is not working</label>
        <textarea class="govuk-textarea" id="not_working" name="not_working" rows="4">{{NOT_WORKING}}</textarea>
      </div>
      <div class="govuk-form-group {{CHANGES_GROUP_CLASS}}">
        <label class="govuk-label" for="changes">Changes the meeting recommends to the plan</label>
{{#CHANGES_ERROR}}
        <p id="changes-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/CHANGES_ERROR}}
        <textarea class="govuk-textarea {{CHANGES_INPUT_CLASS}}" id="changes" name="changes" rows="4">{{CHANGES}}</textarea>
      </div>
      <p class="govuk-body">Saving sends the review report to everyone who was invited.</p>
      <button type="submit" class="govuk-button" data-module="govuk-button">Record the meeting and send the report</button>
    </form>
{{/MEETING_FORM}}
{{#DECISION_FORM}}
    <h2 class="govuk-heading-m">Record the council's decision</h2>
    <form method="post" action="/reviews/{{CASE_ID}}/decision" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="govuk-form-group {{OUTCOME_GROUP_CLASS}}">
        <fieldset class="govuk-fieldset" id="outcome">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">What will the council do with the plan?</legend>
{{#OUTCOME_ERROR}}
          <p id="outcome-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/OUTCOME_ERROR}}
          <div class="govuk-radios govuk-radios--small" data-module="govuk-radios">
            <div class="govuk-radios__item"><input class="govuk-radios__input" id="outcome-maintain" name="outcome" type="radio" value="maintain" {{MAINTAIN_CHECKED}}><label class="govuk-label govuk-radios__label" for="outcome-maintain">Keep the plan as it is</label></div>
            <div class="govuk-radios__item"><input class="govuk-radios__input" id="outcome-amend" name="outcome" type="radio" value="amend" {{AMEND_CHECKED}}><label class="govuk-label govuk-radios__label" for="outcome-amend">Change the plan: send the proposed changes to the family now</label></div>
            <div class="govuk-radios__item"><input class="govuk-radios__input" id="outcome-cease" name="outcome" type="radio" value="cease" {{CEASE_CHECKED}}><label class="govuk-label govuk-radios__label" for="outcome-cease">End the plan</label></div>
          </div>
        </fieldset>
      </div>
{{>DATE}}
      <div class="govuk-form-group {{REASONS_GROUP_CLASS}}">
        <label class="govuk-label" for="reasons">Reasons</label>
        <div id="reasons-hint" class="govuk-hint">They go in the family's letter, with their right to mediation and appeal.</div>
{{#REASONS_ERROR}}
        <p id="reasons-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/REASONS_ERROR}}
        <textarea class="govuk-textarea {{REASONS_INPUT_CLASS}}" id="reasons" name="reasons" rows="4" aria-describedby="reasons-hint">{{REASONS}}</textarea>
      </div>
      <h3 class="govuk-heading-s">Only when ending the plan</h3>
      <div class="govuk-form-group {{CEASE_REASON_GROUP_CLASS}}">
        <label class="govuk-label" for="cease_reason">Why the plan is ending</label>
{{#CEASE_REASON_ERROR}}
        <p id="cease_reason-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/CEASE_REASON_ERROR}}
        <select class="govuk-select" id="cease_reason" name="cease_reason">
          <option value="">Choose a reason</option>
{{#CEASE_REASON}}          <option value="{{VALUE}}" {{SELECTED}}>{{LABEL}}</option>
{{/CEASE_REASON}}
        </select>
      </div>
      <div class="govuk-form-group {{FAMILY_CONSULTED_GROUP_CLASS}} {{SETTING_CONSULTED_GROUP_CLASS}}">
        <fieldset class="govuk-fieldset" id="family_consulted">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Before ending a plan the law says you must</legend>
{{#FAMILY_CONSULTED_ERROR}}
          <p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/FAMILY_CONSULTED_ERROR}}
{{#SETTING_CONSULTED_ERROR}}
          <p id="setting_consulted" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/SETTING_CONSULTED_ERROR}}
          <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
            <div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="family_consulted-yes" name="family_consulted" type="checkbox" value="yes" {{FAMILY_CONSULTED_CHECKED}}><label class="govuk-label govuk-checkboxes__label" for="family_consulted-yes">We told the family we were thinking of ending the plan and consulted them</label></div>
            <div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="setting_consulted-yes" name="setting_consulted" type="checkbox" value="yes" {{SETTING_CONSULTED_CHECKED}}><label class="govuk-label govuk-checkboxes__label" for="setting_consulted-yes">We consulted the head teacher or principal</label></div>
          </div>
        </fieldset>
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button">Record the decision and tell the family</button>
    </form>
{{/DECISION_FORM}}
{{#REPLY_FORM}}
    <h2 class="govuk-heading-m">Your reply to the proposed changes</h2>
    <form method="post" action="/reviews/{{CASE_ID}}/reply" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="govuk-form-group {{COMMENTS_GROUP_CLASS}}">
        <label class="govuk-label" for="comments">Your comments on the proposed changes</label>
{{#COMMENTS_ERROR}}
        <p id="comments-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/COMMENTS_ERROR}}
        <textarea class="govuk-textarea {{COMMENTS_INPUT_CLASS}}" id="comments" name="comments" rows="6">{{COMMENTS}}</textarea>
      </div>
      <div class="govuk-form-group">
        <label class="govuk-label" for="school_preference">The school or setting you would like named</label>
        <input class="govuk-input" id="school_preference" name="school_preference" type="text" value="{{SCHOOL_PREFERENCE}}">
      </div>
      <div class="govuk-form-group {{NO_COMMENTS_GROUP_CLASS}}">
{{#NO_COMMENTS_ERROR}}
        <p id="no_comments-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/NO_COMMENTS_ERROR}}
        <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes" id="no_comments">
          <div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="no_comments-yes" name="no_comments" type="checkbox" value="yes" {{NO_COMMENTS_CHECKED}}><label class="govuk-label govuk-checkboxes__label" for="no_comments-yes">I have no comments: the amended plan can be issued now</label></div>
        </div>
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button">Send your reply</button>
    </form>
{{/REPLY_FORM}}
{{#AMENDED_FORM}}
    <h2 class="govuk-heading-m">Issue the amended plan</h2>
{{#PLAN_ERROR}}
    <p id="plan" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/PLAN_ERROR}}
    <form method="post" action="/reviews/{{CASE_ID}}/amended-plan" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <button type="submit" class="govuk-button" data-module="govuk-button">Issue the amended plan</button>
    </form>
{{/AMENDED_FORM}}
  </div>
</div>
