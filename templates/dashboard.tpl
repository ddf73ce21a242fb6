{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    <span class="govuk-caption-l">Local authority {{LA}}</span>
{{>ERROR_SUMMARY}}
    <h1 class="govuk-heading-l">Partnership dashboard</h1>
    <p class="govuk-body">Figures for {{FROM}} to {{TO}}{{#FILTERED}}, only children with {{FILTER_WORDS}}{{/FILTERED}}, worked out from the shared record as it is now. Each figure says what is counted; no child is named on this page.</p>
{{#SEN2}}    <p class="govuk-body"><a class="govuk-link" href="/dashboard/sen2?la={{LA}}">Check and download the SEN2 return</a></p>
{{/SEN2}}    <form method="get" action="/dashboard" novalidate class="sendhub-filters">
      <div class="govuk-form-group">
        <label class="govuk-label" for="la">Local authority</label>
        <select class="govuk-select" id="la" name="la">
{{#LA_OPTION}}          <option value="{{CODE}}" {{SELECTED}}>{{CODE}}</option>
{{/LA_OPTION}}
        </select>
      </div>
      <div class="govuk-form-group{{#TO_ERROR}} govuk-form-group--error{{/TO_ERROR}}">
        <label class="govuk-label" for="to">12 months up to and including</label>
        <div class="govuk-hint" id="to-hint">A date like 2027-01-21</div>
{{#TO_ERROR}}        <p id="to-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/TO_ERROR}}        <input class="govuk-input govuk-input--width-10{{#TO_ERROR}} govuk-input--error{{/TO_ERROR}}" id="to" name="to" type="text" value="{{TO_ISO}}" aria-describedby="to-hint{{#TO_ERROR}} to-error{{/TO_ERROR}}">
      </div>
      <details class="govuk-details"{{#FILTERED}} open{{/FILTERED}}{{#FILTER_ERROR}} open{{/FILTER_ERROR}}>
        <summary class="govuk-details__summary"><span class="govuk-details__summary-text">Filter the figures to some children</span></summary>
        <div class="govuk-details__text">
{{#FILTER_ERROR}}          <p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/FILTER_ERROR}}
{{#FILTER_SELECT}}
          <div class="govuk-form-group">
            <label class="govuk-label" for="{{NAME}}">{{LABEL}}</label>
            <select class="govuk-select" id="{{NAME}}" name="{{NAME}}">
              <option value="">Any</option>
{{#OPTION}}              <option value="{{VALUE}}" {{SELECTED}}>{{TEXT}}</option>
{{/OPTION}}
            </select>
          </div>
{{/FILTER_SELECT}}
          <div class="govuk-form-group">
            <label class="govuk-label" for="district">Postcode district</label>
            <div class="govuk-hint" id="district-hint">The first part of a postcode, like YO31</div>
            <input class="govuk-input govuk-input--width-5" id="district" name="district" type="text" value="{{DISTRICT}}" aria-describedby="district-hint" autocomplete="off">
          </div>
          <div class="govuk-form-group">
            <label class="govuk-label" for="school">School or setting</label>
            <div class="govuk-hint" id="school-hint">Its 6-digit URN</div>
            <input class="govuk-input govuk-input--width-10" id="school" name="school" type="text" inputmode="numeric" value="{{SCHOOL}}" aria-describedby="school-hint" autocomplete="off">
          </div>
        </div>
      </details>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Show figures</button>
    </form>

    <ul class="govuk-list sendhub-no-print">
      <li><a class="govuk-link" href="{{ALL_CSV}}">Download every figure as CSV</a></li>
      <li><a class="govuk-link" href="{{ALL_XLSX}}">Download every figure as a spreadsheet (XLSX)</a></li>
      <li><a class="govuk-link" href="{{REPORT}}">Board report for this period, to print or save as PDF</a></li>
    </ul>
    <h2 class="govuk-heading-m">Headline figures</h2>
    <ul class="govuk-list sendhub-tiles">
{{#TILE}}
      <li class="sendhub-tile" id="tile-{{ID}}">
        <h3 class="govuk-heading-s"><a class="govuk-link" href="{{KPI_HREF}}">{{TITLE}}</a></h3>
        <p class="govuk-body sendhub-tile__value"><strong>{{VALUE}}</strong></p>
        <p class="govuk-body-s">Target: {{TARGET}} {{#STATUS}}<strong class="govuk-tag {{TAG}}">{{WORDS}}</strong>{{/STATUS}}</p>
        <p class="govuk-body-s">Trend by quarter: {{TREND}}</p>
        {{SPARKLINE:x-chart-svg}}
      </li>
{{/TILE}}
    </ul>

    <table class="govuk-table" id="by-quarter">
      <caption class="govuk-table__caption govuk-table__caption--m">Headline figures by quarter (the sparklines' numbers)</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Figure</th>
{{#QUARTER}}          <th scope="col" class="govuk-table__header govuk-table__header--numeric">Quarter {{LABEL}}</th>
{{/QUARTER}}
        </tr>
      </thead>
      <tbody class="govuk-table__body">
{{#SERIES}}
        <tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header">{{TITLE}}</th>
{{#CELL}}          <td class="govuk-table__cell govuk-table__cell--numeric">{{VALUE}}</td>
{{/CELL}}
        </tr>
{{/SERIES}}
      </tbody>
    </table>

    <table class="govuk-table" id="all-figures">
      <caption class="govuk-table__caption govuk-table__caption--m">Every figure, with what it counts</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Figure</th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">Value</th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">Counted</th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">Out of</th>
          <th scope="col" class="govuk-table__header">Target and status</th>
          <th scope="col" class="govuk-table__header">Trend</th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
{{#ROW}}
        <tr class="govuk-table__row" id="kpi-{{ID}}">
          <th scope="row" class="govuk-table__header"><a class="govuk-link" href="{{KPI_HREF}}">{{TITLE}}</a>
            <details class="govuk-details govuk-!-margin-bottom-0 govuk-!-margin-top-1">
              <summary class="govuk-details__summary"><span class="govuk-details__summary-text">What is counted<span class="govuk-visually-hidden"> for {{TITLE}}</span></span></summary>
              <div class="govuk-details__text govuk-body-s"><p class="govuk-body-s">{{COUNTED}}</p><p class="govuk-body-s">Why it matters: {{WHY}}</p>{{#RULE}}<p class="govuk-body-s">Time limit: {{REGULATION}}</p>{{/RULE}}{{#TARGET_SOURCE}}<p class="govuk-body-s">Target from: {{SOURCE}}</p>{{/TARGET_SOURCE}}</div>
            </details>
          </th>
          <td class="govuk-table__cell govuk-table__cell--numeric">{{VALUE}}</td>
          <td class="govuk-table__cell govuk-table__cell--numeric">{{NUMERATOR}}</td>
          <td class="govuk-table__cell govuk-table__cell--numeric">{{DENOMINATOR}}</td>
          <td class="govuk-table__cell">{{TARGET}} {{#STATUS}}<strong class="govuk-tag {{TAG}}">{{WORDS}}</strong>{{/STATUS}}</td>
          <td class="govuk-table__cell">{{TREND}}</td>
        </tr>
{{/ROW}}
      </tbody>
    </table>
  </div>
</div>
