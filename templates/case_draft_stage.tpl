{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{#CONSULTATIONS}}
    <h2 class="govuk-heading-m" id="consultations">Schools and settings consulted</h2>
{{#NONE}}    <p class="govuk-body">No school or setting has been consulted yet.</p>{{/NONE}}
{{#ROW}}
    <div class="govuk-summary-card">
      <div class="govuk-summary-card__title-wrapper"><h3 class="govuk-summary-card__title">{{SCHOOL}}</h3></div>
      <div class="govuk-summary-card__content">
        <p class="govuk-body">Asked on {{SENT}}; reply wanted by {{REPLY_BY}}.</p>
{{#WAITING}}        <p class="govuk-body"><strong class="govuk-tag {{TAG}}">{{STATE}}</strong></p>{{/WAITING}}
{{#ANSWERED}}        <p class="govuk-body"><strong>{{ANSWER}}</strong> ({{BY}})</p>{{#REASONS}}<p class="govuk-body sendhub-plan__text">{{TEXT}}</p>{{/REASONS}}{{/ANSWERED}}
      </div>
    </div>
{{/ROW}}
{{/CONSULTATIONS}}
{{#CONSULT_FORM}}
    <h2 class="govuk-heading-m">Consult a school or setting</h2>
    <p class="govuk-body">Before naming a school or setting in the plan, ask it whether it can meet the needs the draft sets out. Its SENCOs can then read this case until a month after the reply date.</p>
    <form method="post" action="/cases/{{CASE_ID}}/consultations" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="govuk-form-group {{SCHOOL_GROUP_CLASS}}">
        <label class="govuk-label" for="school">School or setting</label>
{{#SCHOOL_ERROR}}        <p id="school-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/SCHOOL_ERROR}}
        <select class="govuk-select" id="school" name="school">
          <option value="">Choose a school or setting</option>
{{#SCHOOL_OPTION}}          <option value="{{ID}}" {{SELECTED}}>{{NAME}}</option>
{{/SCHOOL_OPTION}}
        </select>
      </div>
{{>REPLY_BY}}
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Send the consultation</button>
    </form>
{{/CONSULT_FORM}}
{{#ANSWER_FORM}}
    <h2 class="govuk-heading-m" id="consultation">The council is consulting your school</h2>
    <p class="govuk-body">The council is thinking of naming {{SCHOOL}} in this plan. Read the <a class="govuk-link" href="/cases/{{CASE_ID}}/plan">draft plan</a>, then answer by {{REPLY_BY}}.</p>
    <form method="post" action="/cases/{{CASE_ID}}/consultation-answer" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="govuk-form-group {{ANSWER_GROUP_CLASS}}">
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Can your school or setting meet the needs the draft plan sets out?</legend>
{{#ANSWER_ERROR}}          <p id="answer-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/ANSWER_ERROR}}
          <div class="govuk-radios" data-module="govuk-radios">
            <div class="govuk-radios__item"><input class="govuk-radios__input" id="answer" name="answer" type="radio" value="can_meet" {{CAN_MEET}}><label class="govuk-label govuk-radios__label" for="answer">Yes</label></div>
            <div class="govuk-radios__item"><input class="govuk-radios__input" id="answer-2" name="answer" type="radio" value="can_meet_with_changes" {{WITH_CHANGES}}><label class="govuk-label govuk-radios__label" for="answer-2">Yes, with changes or extra resources</label></div>
            <div class="govuk-radios__item"><input class="govuk-radios__input" id="answer-3" name="answer" type="radio" value="cannot_meet" {{CANNOT}}><label class="govuk-label govuk-radios__label" for="answer-3">No</label></div>
          </div>
        </fieldset>
      </div>
      <div class="govuk-form-group {{REASONS_GROUP_CLASS}}">
        <label class="govuk-label" for="reasons">Your reasons</label>
        <div id="reasons-hint" class="govuk-hint">Needed unless your answer is yes. The council and the family will read them.</div>
{{#REASONS_ERROR}}        <p id="reasons-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/REASONS_ERROR}}
        <textarea class="govuk-textarea" id="reasons" name="reasons" rows="5" aria-describedby="reasons-hint">{{REASONS_TYPED}}</textarea>
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button">Send your answer</button>
    </form>
{{/ANSWER_FORM}}
{{#MEETINGS}}
    <h2 class="govuk-heading-m" id="meetings">Meetings about the draft</h2>
{{#MEETING}}
    <div class="govuk-summary-card">
      <div class="govuk-summary-card__title-wrapper"><h3 class="govuk-summary-card__title">Asked for by {{BY}} on {{WHEN}}</h3></div>
      <div class="govuk-summary-card__content">
        <p class="govuk-body sendhub-plan__text">{{NOTE}}</p>
{{#ARRANGED}}        <p class="govuk-body"><strong>Arranged:</strong> {{FOR}}, {{WHERE}}</p>{{/ARRANGED}}
{{#ARRANGE_FORM}}
        <form method="post" action="/cases/{{CASE_ID}}/meetings/{{ID}}" novalidate>
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
          <div class="govuk-form-group {{MEETING_WHEN_GROUP_CLASS}}">
            <label class="govuk-label" for="meeting_when">When</label>
            <div id="meeting_when-hint" class="govuk-hint">For example, Tuesday 3 March 2026 at 10am.</div>
{{#MEETING_WHEN_ERROR}}            <p id="meeting_when-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/MEETING_WHEN_ERROR}}
            <input class="govuk-input" id="meeting_when" name="meeting_when" type="text" aria-describedby="meeting_when-hint" value="{{MEETING_WHEN}}">
          </div>
          <div class="govuk-form-group {{MEETING_WHERE_GROUP_CLASS}}">
            <label class="govuk-label" for="meeting_where">Where, or how to join</label>
{{#MEETING_WHERE_ERROR}}            <p id="meeting_where-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/MEETING_WHERE_ERROR}}
            <input class="govuk-input" id="meeting_where" name="meeting_where" type="text" value="{{MEETING_WHERE}}">
          </div>
          <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Arrange the meeting</button>
        </form>
{{/ARRANGE_FORM}}
      </div>
    </div>
{{/MEETING}}
{{/MEETINGS}}
{{#MEETING_FORM}}
    <h2 class="govuk-heading-m">Ask for a meeting</h2>
    <p class="govuk-body">While the draft plan is with you, you can ask to meet someone from the council to talk about it.</p>
    <form method="post" action="/cases/{{CASE_ID}}/meetings" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="govuk-form-group {{MEETING_NOTE_GROUP_CLASS}}">
        <label class="govuk-label" for="meeting_note">When suits you, and what would you like to talk about?</label>
{{#MEETING_NOTE_ERROR}}        <p id="meeting_note-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/MEETING_NOTE_ERROR}}
        <textarea class="govuk-textarea" id="meeting_note" name="meeting_note" rows="4">{{MEETING_NOTE}}</textarea>
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Ask for a meeting</button>
    </form>
{{/MEETING_FORM}}
  </div>
</div>
