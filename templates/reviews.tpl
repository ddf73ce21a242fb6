{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    <h1 class="govuk-heading-l">{{HEADING}}</h1>
    <p class="govuk-body">{{COUNT}} plans have a review due in the next {{WEEKS}} weeks or overdue: <strong>{{OVERDUE}} overdue</strong>. Every plan must be reviewed within 12 months of the plan or its last review.</p>
    <p class="govuk-body"><a class="govuk-link" href="/reviews/phase-transfers">Children moving phase next September</a></p>
    <form method="get" action="/reviews" novalidate class="sendhub-filters">
      <div class="govuk-form-group">
        <label class="govuk-label" for="within">Reviews due within</label>
        <select class="govuk-select" id="within" name="within">
{{#WITHIN_OPTION}}          <option value="{{VALUE}}" {{SELECTED}}>{{LABEL}}</option>
{{/WITHIN_OPTION}}
        </select>
      </div>
{{#COUNCIL}}
      <div class="govuk-form-group">
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Group by</legend>
          <div class="govuk-radios govuk-radios--small govuk-radios--inline" data-module="govuk-radios">
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="group-school" name="group" type="radio" value="school" {{SCHOOL_CHECKED}}>
              <label class="govuk-label govuk-radios__label" for="group-school">School or setting</label>
            </div>
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="group-caseworker" name="group" type="radio" value="caseworker" {{CASEWORKER_CHECKED}}>
              <label class="govuk-label govuk-radios__label" for="group-caseworker">Caseworker</label>
            </div>
          </div>
        </fieldset>
      </div>
{{/COUNCIL}}
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Show reviews</button>
    </form>
{{#EMPTY}}
    <p class="govuk-body">No reviews are due in this time.</p>
{{/EMPTY}}
{{#GROUP}}
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-table__caption--m">{{NAME}} ({{COUNT}})</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Child or young person</th>
          <th scope="col" class="govuk-table__header">Review due by</th>
          <th scope="col" class="govuk-table__header">Also</th>
          <th scope="col" class="govuk-table__header">Review</th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
{{#ROW}}
        <tr class="govuk-table__row">
          <td class="govuk-table__cell"><a class="govuk-link" href="/children/{{CHILD_ID}}">{{CHILD}}</a></td>
          <td class="govuk-table__cell">{{DUE}}{{#FLAG}} <strong class="govuk-tag {{TAG}}">{{TEXT}}</strong>{{/FLAG}}{{#UNDER_FIVE}}<br><span class="govuk-body-s">Under 5: a review every 3 to 6 months is recommended, next by {{BY}}</span>{{/UNDER_FIVE}}</td>
          <td class="govuk-table__cell">{{OTHER}}</td>
          <td class="govuk-table__cell">{{#OPEN}}<a class="govuk-link" href="/reviews/{{CASE_ID}}">{{SAYS}}<span class="govuk-visually-hidden"> for {{CHILD}}</span></a>{{/OPEN}}{{#ARRANGE}}<a class="govuk-link" href="/reviews/new?plan={{PLAN_ID}}">Arrange the review<span class="govuk-visually-hidden"> for {{CHILD}}</span></a>{{/ARRANGE}}</td>
        </tr>
{{/ROW}}
      </tbody>
    </table>
{{/GROUP}}
  </div>
</div>
