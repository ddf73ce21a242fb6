{{%AUTOESCAPE context="HTML"}}
{{>LANGUAGES}}
{{>ERROR_SUMMARY}}
<span class="govuk-caption-l">{{M_SERVICE_CAPTION}}</span>
<h1 class="govuk-heading-l">{{M_SEARCH_TITLE}}</h1>
<p class="govuk-body-l">{{M_SEARCH_INTRO}}</p>
<form method="get" action="/local-offer" novalidate>
{{#LANG_FIELD}}
  <input type="hidden" name="lang" value="{{LANG_VALUE}}">
{{/LANG_FIELD}}
  <div class="govuk-grid-row">
    <div class="govuk-grid-column-one-half">
      <div class="govuk-form-group">
        <label class="govuk-label govuk-label--m" for="what">{{M_WHAT_LABEL}}</label>
        <div id="what-hint" class="govuk-hint">{{M_WHAT_HINT}}</div>
        <input class="govuk-input" id="what" name="what" type="search" value="{{WHAT}}" aria-describedby="what-hint" autocomplete="off" spellcheck="true">
      </div>
    </div>
    <div class="govuk-grid-column-one-quarter">
      <div class="govuk-form-group {{WHERE_GROUP_CLASS}}">
        <label class="govuk-label govuk-label--m" for="where">{{M_WHERE_LABEL}}</label>
        <div id="where-hint" class="govuk-hint">{{M_WHERE_HINT}}</div>
{{#WHERE_ERROR}}
        <p id="where-error" class="govuk-error-message"><span class="govuk-visually-hidden">{{PREFIX}}</span> {{MESSAGE}}</p>
{{/WHERE_ERROR}}
        <input class="govuk-input govuk-input--width-10 {{WHERE_INPUT_CLASS}}" id="where" name="where" type="text" value="{{WHERE}}" aria-describedby="where-hint" autocomplete="postal-code" spellcheck="false">
      </div>
    </div>
    <div class="govuk-grid-column-one-quarter">
      <div class="govuk-form-group">
        <label class="govuk-label govuk-label--m" for="radius">{{M_RADIUS_LABEL}}</label>
        <select class="govuk-select" id="radius" name="radius">
{{#RADIUS_OPTION}}
          <option value="{{VALUE}}" {{SELECTED}}>{{LABEL}}</option>
{{/RADIUS_OPTION}}
        </select>
      </div>
    </div>
  </div>
  <div class="govuk-grid-row">
    <div class="govuk-grid-column-one-third">
      <h2 class="govuk-heading-m">{{M_FILTERS_HEADING}}</h2>
      <div class="govuk-form-group">
        <label class="govuk-label govuk-label--s" for="category">{{M_CATEGORY_LABEL}}</label>
        <select class="govuk-select" id="category" name="category">
          <option value="">{{M_CATEGORY_ANY}}</option>
{{#CATEGORY_OPTION}}
          <option value="{{VALUE}}" lang="en" {{SELECTED}}>{{LABEL}}</option>
{{/CATEGORY_OPTION}}
        </select>
      </div>
      <div class="govuk-form-group {{AGE_GROUP_CLASS}}">
        <label class="govuk-label govuk-label--s" for="age">{{M_AGE_LABEL}}</label>
        <div id="age-hint" class="govuk-hint">{{M_AGE_HINT}}</div>
{{#AGE_ERROR}}
        <p id="age-error" class="govuk-error-message"><span class="govuk-visually-hidden">{{PREFIX}}</span> {{MESSAGE}}</p>
{{/AGE_ERROR}}
        <input class="govuk-input govuk-input--width-3 {{AGE_INPUT_CLASS}}" id="age" name="age" type="text" inputmode="numeric" value="{{AGE}}" aria-describedby="age-hint">
      </div>
      <div class="govuk-form-group">
        <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          <div class="govuk-checkboxes__item">
            <input class="govuk-checkboxes__input" id="free" name="free" type="checkbox" value="1" {{FREE_CHECKED}}>
            <label class="govuk-label govuk-checkboxes__label" for="free">{{M_FREE_LABEL}}</label>
          </div>
        </div>
      </div>
      <div class="govuk-form-group">
        <label class="govuk-label govuk-label--s" for="day">{{M_DAY_LABEL}}</label>
        <select class="govuk-select" id="day" name="day">
          <option value="">{{M_DAY_ANY}}</option>
{{#DAY_OPTION}}
          <option value="{{VALUE}}" {{SELECTED}}>{{LABEL}}</option>
{{/DAY_OPTION}}
        </select>
      </div>
      <div class="govuk-form-group">
        <label class="govuk-label govuk-label--s" for="language">{{M_LANGUAGE_LABEL}}</label>
        <select class="govuk-select" id="language" name="language">
          <option value="">{{M_LANGUAGE_ANY}}</option>
{{#LANGUAGE_OPTION}}
          <option value="{{VALUE}}" lang="en" {{SELECTED}}>{{LABEL}}</option>
{{/LANGUAGE_OPTION}}
        </select>
      </div>
      <div class="govuk-form-group">
        <label class="govuk-label govuk-label--s" for="access">{{M_ACCESS_LABEL}}</label>
        <select class="govuk-select" id="access" name="access">
          <option value="">{{M_ACCESS_ANY}}</option>
{{#ACCESS_OPTION}}
          <option value="{{VALUE}}" {{SELECTED}}>{{LABEL}}</option>
{{/ACCESS_OPTION}}
        </select>
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button">{{M_SEARCH_BUTTON}}</button>
    </div>
    <div class="govuk-grid-column-two-thirds">
{{#RESULTS}}
      <h2 class="govuk-heading-m" id="results">{{M_RESULTS_HEADING}}</h2>
      <p class="govuk-body" id="result-count" role="status">{{COUNT}}</p>
{{#CORRECTED}}
      <div class="govuk-inset-text" id="corrected">{{TEXT}}</div>
{{/CORRECTED}}
{{#SOME_WORDS}}
      <div class="govuk-inset-text">{{M_SOME_WORDS}}</div>
{{/SOME_WORDS}}
{{#DISTANCE_NOTE}}
      <p class="govuk-body-s" id="distance-note">{{TEXT}}</p>
{{/DISTANCE_NOTE}}
{{#NO_RESULTS}}
      <p class="govuk-body">{{M_NO_RESULTS}}</p>
{{/NO_RESULTS}}
      <ul class="govuk-list" id="result-list">
{{#RESULT}}
        <li class="govuk-!-margin-bottom-6">
          <h3 class="govuk-heading-s govuk-!-margin-bottom-1"><a class="govuk-link" href="{{HREF}}" lang="en">{{NAME}}</a></h3>
          <p class="govuk-body govuk-!-margin-bottom-1" lang="en">{{SUMMARY}}</p>
{{#ORGANISATION}}
          <p class="govuk-body-s govuk-!-margin-bottom-1">{{TEXT}}</p>
{{/ORGANISATION}}
{{#DISTANCE}}
          <p class="govuk-body-s govuk-!-margin-bottom-1 sendhub-distance">{{TEXT}}</p>
{{/DISTANCE}}
          <p class="govuk-body-s govuk-!-margin-bottom-1">{{AGES}} · {{COST}}</p>
          <p class="govuk-body-s govuk-!-margin-bottom-0" lang="en">{{#CATEGORY}}<strong class="govuk-tag govuk-tag--grey govuk-!-margin-right-1">{{NAME}}</strong>{{/CATEGORY}}</p>
        </li>
{{/RESULT}}
      </ul>
{{#PAGINATION}}
      <nav class="govuk-pagination" aria-label="{{PAGE_OF}}">
{{#PREVIOUS}}
        <div class="govuk-pagination__prev"><a class="govuk-link govuk-pagination__link" href="{{HREF}}" rel="prev"><span class="govuk-pagination__link-title">{{M_PREVIOUS}}</span></a></div>
{{/PREVIOUS}}
        <p class="govuk-body-s govuk-!-margin-bottom-0">{{PAGE_OF}}</p>
{{#NEXT}}
        <div class="govuk-pagination__next"><a class="govuk-link govuk-pagination__link" href="{{HREF}}" rel="next"><span class="govuk-pagination__link-title">{{M_NEXT}}</span></a></div>
{{/NEXT}}
      </nav>
{{/PAGINATION}}
{{/RESULTS}}
{{#BROWSING}}
      <h2 class="govuk-heading-m">{{M_BROWSE_HEADING}}</h2>
      <ul class="govuk-list" lang="en">
{{#BROWSE}}
        <li><a class="govuk-link govuk-!-font-weight-bold" href="{{HREF}}">{{NAME}}</a><br><span class="govuk-body-s">{{DESCRIPTION}}</span></li>
{{/BROWSE}}
      </ul>
{{/BROWSING}}
      <p class="govuk-body-s">{{M_ENGLISH_ONLY_NOTE}}</p>
      <p class="govuk-body-s"><a class="govuk-link" href="{{MANAGE_HREF}}">{{M_MANAGE_LINK}}</a></p>
    </div>
  </div>
</form>
