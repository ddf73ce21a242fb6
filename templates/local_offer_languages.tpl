{{%AUTOESCAPE context="HTML"}}
<nav class="govuk-!-margin-bottom-4" aria-label="{{LABEL}}">
  <p class="govuk-body-s govuk-!-margin-bottom-1">{{LABEL}}:</p>
  <ul class="govuk-list govuk-body-s sendhub-inline-list">
{{#LANGUAGE}}
    <li class="govuk-!-display-inline-block govuk-!-margin-right-3">{{#LINK}}<a class="govuk-link" href="{{HREF}}" lang="{{CODE}}" hreflang="{{CODE}}" dir="{{DIR}}">{{NAME}}</a>{{/LINK}}{{#CURRENT}}<strong lang="{{CODE}}" dir="{{DIR}}" aria-current="true">{{NAME}}</strong>{{/CURRENT}}</li>
{{/LANGUAGE}}
  </ul>
</nav>
