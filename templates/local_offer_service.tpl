{{%AUTOESCAPE context="HTML"}}
{{>LANGUAGES}}
<a href="{{SEARCH_HREF}}" class="govuk-back-link">{{M_BACK_TO_SEARCH}}</a>
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <span class="govuk-caption-l">{{M_SERVICE_CAPTION}}</span>
    <h1 class="govuk-heading-l" lang="en">{{NAME}}</h1>
{{#CLOSED}}
    <div class="govuk-warning-text">
      <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
      <strong class="govuk-warning-text__text">{{M_TEMPORARILY_CLOSED}}</strong>
    </div>
{{/CLOSED}}
    <p class="govuk-body-l" lang="en">{{SUMMARY}}</p>
    <p class="govuk-body">{{RUN_BY}}</p>
    <p class="govuk-body"><a class="govuk-link" href="{{EASY_READ_HREF}}">{{M_EASY_READ_LINK}}</a></p>

    <h2 class="govuk-heading-m" id="how-to-get-help">{{M_HOW_TO_GET_HELP}}</h2>
    <dl class="govuk-summary-list">
{{#START}}
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">{{M_HOW_TO_START}}</dt><dd class="govuk-summary-list__value">{{TEXT}}</dd></div>
{{/START}}
{{#HOW}}
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">{{M_HOW_TO_GET_HELP}}</dt><dd class="govuk-summary-list__value" lang="en">{{TEXT}}</dd></div>
{{/HOW}}
{{#WAIT}}
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">{{M_EXPECTED_WAIT}}</dt><dd class="govuk-summary-list__value" lang="en" id="expected-wait">{{TEXT}}</dd></div>
{{/WAIT}}
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">{{M_WHO_FOR}}</dt><dd class="govuk-summary-list__value">{{AGES}}{{#ELIGIBILITY}}<br><span lang="en">{{TEXT}}</span>{{/ELIGIBILITY}}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">{{M_COST}}</dt><dd class="govuk-summary-list__value">{{COST}}{{#FEES}}<br><span lang="en">{{TEXT}}</span>{{/FEES}}</dd></div>
    </dl>

    <h2 class="govuk-heading-m">{{M_CONTACT}}</h2>
    <dl class="govuk-summary-list">
{{#PHONE}}
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">{{M_PHONE}}</dt><dd class="govuk-summary-list__value"><a class="govuk-link" href="{{TEL}}">{{NUMBER}}</a></dd></div>
{{/PHONE}}
{{#EMAIL}}
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">{{M_EMAIL}}</dt><dd class="govuk-summary-list__value"><a class="govuk-link" href="mailto:{{ADDRESS}}">{{ADDRESS}}</a></dd></div>
{{/EMAIL}}
{{#WEBSITE}}
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">{{M_WEBSITE}}</dt><dd class="govuk-summary-list__value"><a class="govuk-link" href="{{URL}}">{{URL}}</a></dd></div>
{{/WEBSITE}}
    </dl>

    <h2 class="govuk-heading-m">{{M_OPENING_TIMES}}</h2>
    <ul class="govuk-list" lang="en">
{{#OPENING}}
      <li>{{TEXT}}</li>
{{/OPENING}}
    </ul>

    <h2 class="govuk-heading-m">{{M_WHERE_HEADING}}</h2>
{{#NO_PLACE}}
    <p class="govuk-body">{{TEXT}}</p>
{{/NO_PLACE}}
{{#PLACE}}
    <div class="govuk-!-margin-bottom-6" lang="en">
      <h3 class="govuk-heading-s govuk-!-margin-bottom-1">{{NAME}}</h3>
{{#ADDRESS}}
      <p class="govuk-body govuk-!-margin-bottom-1">{{TEXT}}</p>
{{/ADDRESS}}
{{#PLACE_DESCRIPTION}}
      <p class="govuk-body">{{TEXT}}</p>
{{/PLACE_DESCRIPTION}}
{{#TRANSPORT}}
      <p class="govuk-body"><span lang="{{LANG}}">{{M_GETTING_THERE}}:</span> {{TEXT}}</p>
{{/TRANSPORT}}
{{#HAS_ACCESSIBILITY}}
      <p class="govuk-body govuk-!-margin-bottom-1" lang="{{LANG}}">{{M_ACCESSIBILITY_HEADING}}:</p>
      <ul class="govuk-list govuk-list--bullet">
{{#ACCESSIBILITY}}
        <li>{{TEXT}}</li>
{{/ACCESSIBILITY}}
      </ul>
{{/HAS_ACCESSIBILITY}}
    </div>
{{/PLACE}}

    <h2 class="govuk-heading-m">{{M_ABOUT}}</h2>
    <p class="govuk-body" lang="en">{{DESCRIPTION}}</p>
    <h3 class="govuk-heading-s">{{M_LANGUAGES}}</h3>
    <ul class="govuk-list" lang="en">
{{#LANGUAGE_SPOKEN}}
      <li>{{NAME}}</li>
{{/LANGUAGE_SPOKEN}}
    </ul>
{{#INTERPRETERS}}
    <h3 class="govuk-heading-s">{{M_INTERPRETERS}}</h3>
    <p class="govuk-body" lang="en">{{TEXT}}</p>
{{/INTERPRETERS}}
    <h3 class="govuk-heading-s">{{M_CATEGORIES_HEADING}}</h3>
    <p class="govuk-body" lang="en">{{#CATEGORY}}<strong class="govuk-tag govuk-tag--grey govuk-!-margin-right-1">{{NAME}}</strong> {{/CATEGORY}}</p>

    <p class="govuk-body-s" id="last-checked">{{LAST_CHECKED}}</p>
    <p class="govuk-body-s">{{M_ENGLISH_ONLY_NOTE}}</p>
    <p class="govuk-body"><a class="govuk-link" href="{{REPORT_HREF}}">{{M_REPORT_LINK}}</a></p>
  </div>
</div>
