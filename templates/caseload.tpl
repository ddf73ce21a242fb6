{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    <h1 class="govuk-heading-l">Caseload</h1>
    <p class="govuk-body">{{COUNT}} open cases, soonest statutory date first: <strong>{{OVERDUE}} overdue</strong>, {{SOON}} due in the next two weeks.</p>
    <p class="govuk-body"><a class="govuk-link" href="/complaints">Complaints from families</a></p>
    <form method="get" action="/cases" novalidate class="sendhub-filters">
      <div class="govuk-form-group">
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Show</legend>
          <div class="govuk-radios govuk-radios--small govuk-radios--inline" data-module="govuk-radios">
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="show-all" name="show" type="radio" value="all" {{ALL_CHECKED}}>
              <label class="govuk-label govuk-radios__label" for="show-all">The team's cases</label>
            </div>
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="show-mine" name="show" type="radio" value="mine" {{MINE_CHECKED}}>
              <label class="govuk-label govuk-radios__label" for="show-mine">My cases</label>
            </div>
          </div>
        </fieldset>
      </div>
      <div class="govuk-form-group">
        <label class="govuk-label" for="stage">Stage</label>
        <select class="govuk-select" id="stage" name="stage">
          <option value="">Any stage</option>
{{#STAGE_OPTION}}
          <option value="{{VALUE}}" {{SELECTED}}>{{VALUE}}</option>
{{/STAGE_OPTION}}
        </select>
      </div>
      <div class="govuk-form-group">
        <label class="govuk-label" for="caseworker">Caseworker</label>
        <select class="govuk-select" id="caseworker" name="caseworker">
          <option value="">Any caseworker</option>
{{#CASEWORKER_OPTION}}          <option value="{{VALUE}}" {{SELECTED}}>{{LABEL}}</option>
{{/CASEWORKER_OPTION}}
        </select>
      </div>
      <div class="govuk-form-group">
        <label class="govuk-label" for="setting">School or setting</label>
        <select class="govuk-select" id="setting" name="setting">
          <option value="">Any school or setting</option>
{{#SETTING_OPTION}}          <option value="{{VALUE}}" {{SELECTED}}>{{LABEL}}</option>
{{/SETTING_OPTION}}
        </select>
      </div>
      <div class="govuk-form-group">
        <label class="govuk-label" for="need">Primary need</label>
        <select class="govuk-select" id="need" name="need">
          <option value="">Any need</option>
{{#NEED_OPTION}}          <option value="{{VALUE}}" {{SELECTED}}>{{LABEL}}</option>
{{/NEED_OPTION}}
        </select>
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Apply filters</button>
    </form>
{{#EMPTY}}
    <p class="govuk-body">There are no open cases to show.</p>
{{/EMPTY}}
{{#HAS_ROWS}}
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-table__caption--m">Open cases</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Child</th>
          <th scope="col" class="govuk-table__header">Stage</th>
          <th scope="col" class="govuk-table__header">Next statutory step</th>
          <th scope="col" class="govuk-table__header">Due</th>
          <th scope="col" class="govuk-table__header">Caseworker</th>
          <th scope="col" class="govuk-table__header">School or setting</th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
{{#ROW}}
        <tr class="govuk-table__row">
          <td class="govuk-table__cell"><a class="govuk-link" href="/cases/{{CASE_ID}}">{{CHILD}}</a></td>
          <td class="govuk-table__cell">{{STAGE}}</td>
          <td class="govuk-table__cell">{{NEXT}}</td>
          <td class="govuk-table__cell">{{DUE}}{{#FLAG}} <strong class="govuk-tag {{TAG}}">{{TEXT}}</strong>{{/FLAG}}</td>
          <td class="govuk-table__cell">{{HOLDER}}</td>
          <td class="govuk-table__cell">{{SETTING}}</td>
        </tr>
{{/ROW}}
      </tbody>
    </table>
{{/HAS_ROWS}}
  </div>
</div>
