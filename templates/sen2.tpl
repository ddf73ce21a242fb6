{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
{{>ERROR_SUMMARY}}
    <span class="govuk-caption-l">Local authority {{LA}}</span>
    <h1 class="govuk-heading-l">The SEN2 return</h1>
    <p class="govuk-body">SENDhub builds the DfE's SEN2 return from the shared record: every child with a plan on census day, a plan ended or a request made in the year before it, with their requests, assessments, plans and placements. Check it first: the check lists every problem the DfE's validation would find, with a link to put each one right in the record.</p>
    <form method="get" action="/dashboard/sen2" novalidate>
      <input type="hidden" name="check" value="yes">
      <div class="govuk-form-group">
        <label class="govuk-label" for="la">Local authority</label>
        <select class="govuk-select" id="la" name="la">
{{#LA_OPTION}}          <option value="{{CODE}}" {{SELECTED}}>{{CODE}}</option>
{{/LA_OPTION}}
        </select>
      </div>
      <div class="govuk-form-group{{#CENSUS_ERROR}} govuk-form-group--error{{/CENSUS_ERROR}}">
        <label class="govuk-label" for="census">Census date</label>
        <div class="govuk-hint" id="census-hint">The DfE's census day, usually the third Thursday in January, as a date like 2027-01-21</div>
{{#CENSUS_ERROR}}        <p id="census-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/CENSUS_ERROR}}        <input class="govuk-input govuk-input--width-10{{#CENSUS_ERROR}} govuk-input--error{{/CENSUS_ERROR}}" id="census" name="census" type="text" value="{{CENSUS}}" aria-describedby="census-hint{{#CENSUS_ERROR}} census-error{{/CENSUS_ERROR}}">
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button">Check the return</button>
    </form>
{{#CHECKED}}
    <h2 class="govuk-heading-m" id="result">The return for census day {{CENSUS_LONG}}</h2>
    <p class="govuk-body">{{CHILDREN}} children are in the return. The check found <strong>{{PROBLEMS}} problems</strong>.</p>
{{#NO_PROBLEMS}}
    <div class="govuk-panel govuk-panel--confirmation"><div class="govuk-panel__body">The return is ready to send</div></div>
{{/NO_PROBLEMS}}
    <p class="govuk-body"><a class="govuk-button govuk-button--secondary" href="/dashboard/sen2/download?la={{LA}}&amp;census={{CENSUS}}" download>Download the SEN2 XML<span class="govuk-visually-hidden"> for {{LA}}, census {{CENSUS}}</span></a></p>
{{#HAS_PROBLEMS}}
    <table class="govuk-table" id="problems">
      <caption class="govuk-table__caption govuk-table__caption--m">Problems to put right before sending</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Child's record</th>
          <th scope="col" class="govuk-table__header">Where</th>
          <th scope="col" class="govuk-table__header">SEN2 item</th>
          <th scope="col" class="govuk-table__header">What is wrong</th>
          <th scope="col" class="govuk-table__header">Put it right</th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
{{#PROBLEM}}
        <tr class="govuk-table__row">
          <td class="govuk-table__cell">{{CHILD}}</td>
          <td class="govuk-table__cell">{{WHERE}}</td>
          <td class="govuk-table__cell">{{FIELD}}</td>
          <td class="govuk-table__cell">{{MESSAGE}}</td>
          <td class="govuk-table__cell">{{#FIX}}<a class="govuk-link" href="{{HREF}}">Change the record<span class="govuk-visually-hidden"> {{CHILD}}</span></a>{{/FIX}}</td>
        </tr>
{{/PROBLEM}}
      </tbody>
    </table>
{{/HAS_PROBLEMS}}
{{/CHECKED}}
  </div>
</div>
