{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{>ERROR_SUMMARY}}
    <span class="govuk-caption-l"><a class="govuk-link" href="/children/{{CHILD_ID}}">{{CHILD_NAME}}</a>: {{WHAT}}</span>
    <h1 class="govuk-heading-l">{{STAGE}}</h1>
    <div class="govuk-inset-text">
      <p class="govuk-body">{{WHERE_NOW}}</p>
      <p class="govuk-body"><strong>What happens next:</strong> {{NEXT_STEP}}</p>
    </div>
{{#ABOUT}}
    <dl class="govuk-summary-list" id="disagreement-details">
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Disagreement about</dt><dd class="govuk-summary-list__value">{{DECISION}}, in the letter of {{NOTICE_ON}} (<a class="govuk-link" href="/cases/{{ABOUT_CASE_ID}}">the case</a>)</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Who disagrees</dt><dd class="govuk-summary-list__value">{{WHO}}</dd></div>
{{#MEDIATION}}      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Mediation</dt><dd class="govuk-summary-list__value">{{OUTCOME}}</dd></div>
{{/MEDIATION}}{{#REFERENCE}}      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Tribunal reference</dt><dd class="govuk-summary-list__value">{{REF}}</dd></div>
{{/REFERENCE}}{{#HEARING}}      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Hearing</dt><dd class="govuk-summary-list__value">{{ON}}</dd></div>
{{/HEARING}}{{#APPEAL_OUTCOME}}      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Appeal</dt><dd class="govuk-summary-list__value">{{OUTCOME}}</dd></div>
{{/APPEAL_OUTCOME}}{{#ORDER_LINK}}      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Tribunal order</dt><dd class="govuk-summary-list__value"><a class="govuk-link" href="/disagreements/{{ID}}">What the council must do, and by when</a></dd></div>
{{/ORDER_LINK}}{{#DISAGREEMENT_LINK}}      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">The appeal</dt><dd class="govuk-summary-list__value"><a class="govuk-link" href="/disagreements/{{ID}}">Mediation and appeal</a></dd></div>
{{/DISAGREEMENT_LINK}}      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Caseworker</dt><dd class="govuk-summary-list__value">{{HOLDER}}</dd></div>
    </dl>
{{/ABOUT}}
{{#HAS_YOU_CAN}}
    <h2 class="govuk-heading-m">What you can do now</h2>
    <ul class="govuk-list govuk-list--bullet">
{{#YOU_CAN}}
      <li>{{TEXT}}</li>
{{/YOU_CAN}}
    </ul>
{{/HAS_YOU_CAN}}
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
{{#MEDIATION_FORM}}
    <h2 class="govuk-heading-m">Record contact with the mediation adviser</h2>
    <form method="post" action="/disagreements/{{CASE_ID}}/steps" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="step" value="mediation">
      <div class="govuk-form-group {{MEDIATION_CHOICE_GROUP_CLASS}}">
        <fieldset class="govuk-fieldset" id="mediation_choice">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Does the family want mediation?</legend>
{{#MEDIATION_CHOICE_ERROR}}
          <p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/MEDIATION_CHOICE_ERROR}}
          <div class="govuk-radios govuk-radios--small" data-module="govuk-radios">
{{#CHOICE}}
            <div class="govuk-radios__item"><input class="govuk-radios__input" id="{{NAME}}-{{VALUE}}" name="{{NAME}}" type="radio" value="{{VALUE}}" {{CHECKED}}><label class="govuk-label govuk-radios__label" for="{{NAME}}-{{VALUE}}">{{LABEL}}</label></div>
{{/CHOICE}}
          </div>
        </fieldset>
      </div>
{{>DATE}}
      <button type="submit" class="govuk-button" data-module="govuk-button">Record contact</button>
    </form>
{{/MEDIATION_FORM}}
{{#MEDIATION_HELD_FORM}}
    <h2 class="govuk-heading-m">Record the mediation</h2>
    <form method="post" action="/disagreements/{{CASE_ID}}/steps" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="step" value="mediation_held">
      <div class="govuk-form-group {{MEDIATION_HELD_CHOICE_GROUP_CLASS}}">
        <fieldset class="govuk-fieldset" id="mediation_held_choice">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">How did the mediation end?</legend>
{{#MEDIATION_HELD_CHOICE_ERROR}}
          <p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/MEDIATION_HELD_CHOICE_ERROR}}
          <div class="govuk-radios govuk-radios--small" data-module="govuk-radios">
{{#CHOICE}}
            <div class="govuk-radios__item"><input class="govuk-radios__input" id="{{NAME}}-{{VALUE}}" name="{{NAME}}" type="radio" value="{{VALUE}}" {{CHECKED}}><label class="govuk-label govuk-radios__label" for="{{NAME}}-{{VALUE}}">{{LABEL}}</label></div>
{{/CHOICE}}
          </div>
        </fieldset>
      </div>
{{>DATE}}
      <button type="submit" class="govuk-button" data-module="govuk-button">Record the mediation</button>
    </form>
{{/MEDIATION_HELD_FORM}}
{{#CERTIFICATE_FORM}}
    <h2 class="govuk-heading-m">Record the mediation certificate</h2>
    <p class="govuk-body">The family needs the certificate to appeal (unless the appeal is only about the school named).</p>
    <form method="post" action="/disagreements/{{CASE_ID}}/steps" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="step" value="certificate">
{{>DATE}}
      <button type="submit" class="govuk-button" data-module="govuk-button">Record the certificate</button>
    </form>
{{/CERTIFICATE_FORM}}
{{#APPEAL_FORM}}
    <h2 class="govuk-heading-m">Record an appeal to the tribunal</h2>
    <form method="post" action="/disagreements/{{CASE_ID}}/steps" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="step" value="appeal">
      <div class="govuk-form-group {{TRIBUNAL_REFERENCE_GROUP_CLASS}}">
        <label class="govuk-label" for="tribunal_reference">The tribunal's reference (optional)</label>
{{#TRIBUNAL_REFERENCE_ERROR}}
        <p id="tribunal_reference-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/TRIBUNAL_REFERENCE_ERROR}}
        <input class="govuk-input govuk-input--width-20 {{TRIBUNAL_REFERENCE_INPUT_CLASS}}" id="tribunal_reference" name="tribunal_reference" type="text" value="{{TRIBUNAL_REFERENCE}}">
      </div>
{{>DATE}}
      <button type="submit" class="govuk-button" data-module="govuk-button">Record the appeal</button>
    </form>
{{/APPEAL_FORM}}
{{#RESPONSE_FORM}}
    <h2 class="govuk-heading-m">Record the council's response to the appeal</h2>
    <form method="post" action="/disagreements/{{CASE_ID}}/steps" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="step" value="response">
{{>DATE}}
      <button type="submit" class="govuk-button" data-module="govuk-button">Record the response</button>
    </form>
{{/RESPONSE_FORM}}
{{#APPEAL_ENDED_FORM}}
    <h2 class="govuk-heading-m">Record how the appeal ended</h2>
    <p class="govuk-body">An order starts its own clock: the time the law gives the council to carry it out.</p>
    <form method="post" action="/disagreements/{{CASE_ID}}/steps" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="step" value="appeal_ended">
      <div class="govuk-form-group {{APPEAL_ENDED_CHOICE_GROUP_CLASS}}">
        <fieldset class="govuk-fieldset" id="appeal_ended_choice">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">How did the appeal end?</legend>
{{#APPEAL_ENDED_CHOICE_ERROR}}
          <p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/APPEAL_ENDED_CHOICE_ERROR}}
          <div class="govuk-radios govuk-radios--small" data-module="govuk-radios">
{{#CHOICE}}
            <div class="govuk-radios__item"><input class="govuk-radios__input" id="{{NAME}}-{{VALUE}}" name="{{NAME}}" type="radio" value="{{VALUE}}" {{CHECKED}}><label class="govuk-label govuk-radios__label" for="{{NAME}}-{{VALUE}}">{{LABEL}}</label></div>
{{/CHOICE}}
          </div>
        </fieldset>
      </div>
      <div class="govuk-form-group {{ORDER_GROUP_CLASS}}">
        <label class="govuk-label" for="order">If the tribunal made an order, what must the council do?</label>
{{#ORDER_ERROR}}
        <p id="order-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/ORDER_ERROR}}
        <select class="govuk-select" id="order" name="order">
          <option value="">Choose what was ordered</option>
{{#ORDER}}          <option value="{{VALUE}}" {{SELECTED}}>{{LABEL}}</option>
{{/ORDER}}
        </select>
      </div>
{{>HEARING}}
{{>DATE}}
      <button type="submit" class="govuk-button" data-module="govuk-button">Record the outcome</button>
    </form>
{{/APPEAL_ENDED_FORM}}
{{#CLOSE_FORM}}
    <h2 class="govuk-heading-m">Close without an appeal</h2>
    <p class="govuk-body">When the family has decided not to appeal, for example after an agreement at mediation.</p>
    <form method="post" action="/disagreements/{{CASE_ID}}/steps" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="step" value="close">
{{>DATE}}
      <button type="submit" class="govuk-button" data-module="govuk-button">Close the disagreement</button>
    </form>
{{/CLOSE_FORM}}
{{#CARRIED_OUT_FORM}}
    <h2 class="govuk-heading-m">{{HEADING}}</h2>
    <form method="post" action="/disagreements/{{CASE_ID}}/carried-out" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
{{>DATE}}
      <button type="submit" class="govuk-button" data-module="govuk-button">Record it</button>
    </form>
{{/CARRIED_OUT_FORM}}
  </div>
</div>
