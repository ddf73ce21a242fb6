{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{>ERROR_SUMMARY}}
    <h1 class="govuk-heading-l">{{TITLE}}</h1>
{{#NONE}}
    <p class="govuk-body">No cases are listed for this panel yet.</p>
{{/NONE}}
{{#ITEM}}
    <div class="govuk-summary-card" id="case-{{CASE_ID}}">
      <div class="govuk-summary-card__title-wrapper"><h2 class="govuk-summary-card__title"><a class="govuk-link" href="/cases/{{CASE_ID}}">{{CHILD}}</a>: {{STAGE}}</h2></div>
      <div class="govuk-summary-card__content">
{{#RECORDED}}
        <p class="govuk-body">Recommendation recorded: <strong>{{TEXT}}</strong></p>
{{/RECORDED}}
        <form method="post" action="/panels/{{PANEL_ID}}/recommendations" novalidate>
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
          <input type="hidden" name="case_id" value="{{CASE_ID}}">
          <div class="govuk-form-group {{RECOMMENDATION_GROUP_CLASS}}">
            <label class="govuk-label" for="recommendation-{{CASE_ID}}">The panel recommends</label>
{{#RECOMMENDATION_ERROR}}
            <p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/RECOMMENDATION_ERROR}}
            <select class="govuk-select" id="recommendation-{{CASE_ID}}" name="recommendation">
              <option value="">Choose</option>
{{#OPTION}}
              <option value="{{VALUE}}" {{SELECTED}}>{{LABEL}}</option>
{{/OPTION}}
            </select>
          </div>
          <div class="govuk-form-group {{REASONS_GROUP_CLASS}}">
            <label class="govuk-label" for="reasons-{{CASE_ID}}">Reasons</label>
{{#REASONS_ERROR}}
            <p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/REASONS_ERROR}}
            <textarea class="govuk-textarea" id="reasons-{{CASE_ID}}" name="reasons" rows="3">{{REASONS}}</textarea>
          </div>
          <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Record recommendation<span class="govuk-visually-hidden"> for {{CHILD}}</span></button>
        </form>
      </div>
    </div>
{{/ITEM}}
  </div>
</div>
