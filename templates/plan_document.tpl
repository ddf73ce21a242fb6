{{%AUTOESCAPE context="HTML"}}
<article class="sendhub-plan" aria-labelledby="plan-title">
  <h2 class="govuk-heading-l" id="plan-title">Education, health and care plan for {{CHILD_NAME}}</h2>
  <dl class="govuk-summary-list">
    <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Date of birth</dt><dd class="govuk-summary-list__value">{{DATE_OF_BIRTH}}</dd></div>
    <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Year group</dt><dd class="govuk-summary-list__value">{{YEAR_GROUP}}</dd></div>
    <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">School or setting now</dt><dd class="govuk-summary-list__value">{{SETTING}}</dd></div>
    <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Council</dt><dd class="govuk-summary-list__value">{{AUTHORITY}}</dd></div>
    <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Date of this plan</dt><dd class="govuk-summary-list__value">{{PLAN_DATE}}</dd></div>
{{#LAST_REVIEW}}    <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Last reviewed</dt><dd class="govuk-summary-list__value">{{DATE}}</dd></div>{{/LAST_REVIEW}}
{{#NEXT_REVIEW}}    <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Next review due by</dt><dd class="govuk-summary-list__value">{{DATE}}</dd></div>{{/NEXT_REVIEW}}
  </dl>

  <section id="section-a" aria-labelledby="heading-a">
    <h3 class="govuk-heading-m" id="heading-a">Section A: about me — views, interests and aspirations</h3>
{{#NO_VOICES}}    <p class="govuk-body">Nothing written yet.</p>{{/NO_VOICES}}
{{#VOICE}}
    <div class="govuk-summary-card" id="item-{{ID}}">
      <div class="govuk-summary-card__title-wrapper"><h4 class="govuk-summary-card__title">{{KIND}}{{#WHOSE}} <span class="govuk-caption-s">({{VOICE}})</span>{{/WHOSE}}</h4>
{{#EDIT}}        <ul class="govuk-summary-card__actions"><li class="govuk-summary-card__action"><a class="govuk-link" href="/cases/{{CASE_ID}}/plan/edit/{{FORM}}?item={{ID}}">Change<span class="govuk-visually-hidden"> {{ID}}</span></a></li></ul>{{/EDIT}}
      </div>
      <div class="govuk-summary-card__content"><p class="govuk-body sendhub-plan__text">{{TEXT}}</p>
{{#EDIT}}        <form method="post" action="/cases/{{CASE_ID}}/plan/remove" novalidate><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="item" value="{{ID}}"><button type="submit" class="govuk-button govuk-button--warning govuk-!-margin-bottom-0" data-module="govuk-button">Remove {{ID}}</button></form>{{/EDIT}}
      </div>
    </div>
{{/VOICE}}
{{#ADD_VOICE}}    <p class="govuk-body"><a class="govuk-link" href="/cases/{{CASE_ID}}/plan/edit/voice">Add to section A</a></p>{{/ADD_VOICE}}
  </section>

  <section id="section-b" aria-labelledby="heading-b">
    <h3 class="govuk-heading-m" id="heading-b">Section B: special educational needs</h3>
{{#NO_B}}    <p class="govuk-body">No special educational needs written yet.</p>{{/NO_B}}
{{#NEED_B}}
    <div class="govuk-summary-card" id="item-{{ID}}">
      <div class="govuk-summary-card__title-wrapper"><h4 class="govuk-summary-card__title">{{ID}}: {{AREA}}</h4>
{{#EDIT}}        <ul class="govuk-summary-card__actions"><li class="govuk-summary-card__action"><a class="govuk-link" href="/cases/{{CASE_ID}}/plan/edit/{{FORM}}?item={{ID}}">Change<span class="govuk-visually-hidden"> {{ID}}</span></a></li></ul>{{/EDIT}}
      </div>
      <div class="govuk-summary-card__content"><p class="govuk-body sendhub-plan__text">{{TEXT}}</p>
{{#EDIT}}        <form method="post" action="/cases/{{CASE_ID}}/plan/remove" novalidate><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="item" value="{{ID}}"><button type="submit" class="govuk-button govuk-button--warning govuk-!-margin-bottom-0" data-module="govuk-button">Remove {{ID}}</button></form>{{/EDIT}}
      </div>
    </div>
{{/NEED_B}}
{{#ADD_NEED_B}}    <p class="govuk-body"><a class="govuk-link" href="/cases/{{CASE_ID}}/plan/edit/need?section=B">Add a special educational need</a></p>{{/ADD_NEED_B}}
  </section>

  <section id="section-c" aria-labelledby="heading-c">
    <h3 class="govuk-heading-m" id="heading-c">Section C: health care needs</h3>
{{#NEED_C}}
    <div class="govuk-summary-card" id="item-{{ID}}">
      <div class="govuk-summary-card__title-wrapper"><h4 class="govuk-summary-card__title">{{ID}}: {{AREA}}</h4>
{{#EDIT}}        <ul class="govuk-summary-card__actions"><li class="govuk-summary-card__action"><a class="govuk-link" href="/cases/{{CASE_ID}}/plan/edit/{{FORM}}?item={{ID}}">Change<span class="govuk-visually-hidden"> {{ID}}</span></a></li></ul>{{/EDIT}}
      </div>
      <div class="govuk-summary-card__content"><p class="govuk-body sendhub-plan__text">{{TEXT}}</p>
{{#EDIT}}        <form method="post" action="/cases/{{CASE_ID}}/plan/remove" novalidate><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="item" value="{{ID}}"><button type="submit" class="govuk-button govuk-button--warning govuk-!-margin-bottom-0" data-module="govuk-button">Remove {{ID}}</button></form>{{/EDIT}}
      </div>
    </div>
{{/NEED_C}}
{{#EMPTY_C}}{{#STATEMENT}}    <p class="govuk-body">{{TEXT}}</p>{{/STATEMENT}}{{#NOT_YET}}    <p class="govuk-body">Not written yet: list the health care needs, or say that there are none.</p>{{/NOT_YET}}
{{#EDIT_STATEMENT}}    <p class="govuk-body"><a class="govuk-link" href="/cases/{{CASE_ID}}/plan/edit/statement?section={{SECTION}}">Say that section {{SECTION}} has nothing in it</a></p>{{/EDIT_STATEMENT}}{{/EMPTY_C}}
{{#ADD_NEED_C}}    <p class="govuk-body"><a class="govuk-link" href="/cases/{{CASE_ID}}/plan/edit/need?section=C">Add a health care need</a></p>{{/ADD_NEED_C}}
  </section>

  <section id="section-d" aria-labelledby="heading-d">
    <h3 class="govuk-heading-m" id="heading-d">Section D: social care needs</h3>
{{#NEED_D}}
    <div class="govuk-summary-card" id="item-{{ID}}">
      <div class="govuk-summary-card__title-wrapper"><h4 class="govuk-summary-card__title">{{ID}}: {{AREA}}</h4>
{{#EDIT}}        <ul class="govuk-summary-card__actions"><li class="govuk-summary-card__action"><a class="govuk-link" href="/cases/{{CASE_ID}}/plan/edit/{{FORM}}?item={{ID}}">Change<span class="govuk-visually-hidden"> {{ID}}</span></a></li></ul>{{/EDIT}}
      </div>
      <div class="govuk-summary-card__content"><p class="govuk-body sendhub-plan__text">{{TEXT}}</p>
{{#EDIT}}        <form method="post" action="/cases/{{CASE_ID}}/plan/remove" novalidate><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="item" value="{{ID}}"><button type="submit" class="govuk-button govuk-button--warning govuk-!-margin-bottom-0" data-module="govuk-button">Remove {{ID}}</button></form>{{/EDIT}}
      </div>
    </div>
{{/NEED_D}}
{{#EMPTY_D}}{{#STATEMENT}}    <p class="govuk-body">{{TEXT}}</p>{{/STATEMENT}}{{#NOT_YET}}    <p class="govuk-body">Not written yet: list the social care needs, or say that there are none.</p>{{/NOT_YET}}
{{#EDIT_STATEMENT}}    <p class="govuk-body"><a class="govuk-link" href="/cases/{{CASE_ID}}/plan/edit/statement?section={{SECTION}}">Say that section {{SECTION}} has nothing in it</a></p>{{/EDIT_STATEMENT}}{{/EMPTY_D}}
{{#ADD_NEED_D}}    <p class="govuk-body"><a class="govuk-link" href="/cases/{{CASE_ID}}/plan/edit/need?section=D">Add a social care need</a></p>{{/ADD_NEED_D}}
  </section>

  <section id="section-e" aria-labelledby="heading-e">
    <h3 class="govuk-heading-m" id="heading-e">Section E: outcomes — what we want to achieve together</h3>
{{#NO_OUTCOMES}}    <p class="govuk-body">No outcomes written yet.</p>{{/NO_OUTCOMES}}
{{#OUTCOME}}
    <div class="govuk-summary-card" id="item-{{ID}}">
      <div class="govuk-summary-card__title-wrapper"><h4 class="govuk-summary-card__title">{{ID}}: {{YORK}}</h4>
{{#EDIT}}        <ul class="govuk-summary-card__actions"><li class="govuk-summary-card__action"><a class="govuk-link" href="/cases/{{CASE_ID}}/plan/edit/{{FORM}}?item={{ID}}">Change<span class="govuk-visually-hidden"> {{ID}}</span></a></li></ul>{{/EDIT}}
      </div>
      <div class="govuk-summary-card__content">
        <p class="govuk-body sendhub-plan__text">{{TEXT}}</p>
        <dl class="govuk-summary-list govuk-summary-list--no-border">
{{#BY}}          <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">By</dt><dd class="govuk-summary-list__value">{{WHEN}}</dd></div>{{/BY}}
{{#PFA}}          <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Preparing for adulthood</dt><dd class="govuk-summary-list__value">{{AREA}}</dd></div>{{/PFA}}
{{#NEEDS}}          <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Needs it addresses</dt><dd class="govuk-summary-list__value">{{#LINK}}<a class="govuk-link" href="#item-{{ID}}">{{ID}}</a>{{#COMMA}}, {{/COMMA}}{{/LINK}}</dd></div>{{/NEEDS}}
{{#VIEWS}}          <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Follows from</dt><dd class="govuk-summary-list__value">{{#LINK}}<a class="govuk-link" href="#item-{{ID}}">{{ID}}</a>{{#COMMA}}, {{/COMMA}}{{/LINK}}</dd></div>{{/VIEWS}}
        </dl>
{{#EDIT}}        <form method="post" action="/cases/{{CASE_ID}}/plan/remove" novalidate><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="item" value="{{ID}}"><button type="submit" class="govuk-button govuk-button--warning govuk-!-margin-bottom-0" data-module="govuk-button">Remove {{ID}}</button></form>{{/EDIT}}
      </div>
    </div>
{{/OUTCOME}}
{{#ADD_OUTCOME}}    <p class="govuk-body"><a class="govuk-link" href="/cases/{{CASE_ID}}/plan/edit/outcome">Add an outcome</a></p>{{/ADD_OUTCOME}}
  </section>

{{#PROVISION_SECTION}}
  <section id="section-{{ANCHOR}}" aria-labelledby="heading-{{ANCHOR}}">
    <h3 class="govuk-heading-m" id="heading-{{ANCHOR}}">Section {{SECTION}}: {{HEADING}}</h3>
{{#ITEM}}
    <div class="govuk-summary-card" id="item-{{ID}}">
      <div class="govuk-summary-card__title-wrapper"><h4 class="govuk-summary-card__title">{{ID}}</h4>
{{#EDIT}}        <ul class="govuk-summary-card__actions"><li class="govuk-summary-card__action"><a class="govuk-link" href="/cases/{{CASE_ID}}/plan/edit/{{FORM}}?item={{ID}}">Change<span class="govuk-visually-hidden"> {{ID}}</span></a></li></ul>{{/EDIT}}
      </div>
      <div class="govuk-summary-card__content">
        <p class="govuk-body sendhub-plan__text">{{TEXT}}</p>
        <dl class="govuk-summary-list govuk-summary-list--no-border">
{{#FACT}}          <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">{{LABEL}}</dt><dd class="govuk-summary-list__value">{{VALUE}}</dd></div>
{{/FACT}}
          <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">How it is given</dt><dd class="govuk-summary-list__value">{{DELIVERY}}</dd></div>
{{#NEEDS}}          <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Needs it meets</dt><dd class="govuk-summary-list__value">{{#LINK}}<a class="govuk-link" href="#item-{{ID}}">{{ID}}</a>{{#COMMA}}, {{/COMMA}}{{/LINK}}</dd></div>{{/NEEDS}}
{{#OUTCOMES}}          <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Outcomes it works towards</dt><dd class="govuk-summary-list__value">{{#LINK}}<a class="govuk-link" href="#item-{{ID}}">{{ID}}</a>{{#COMMA}}, {{/COMMA}}{{/LINK}}</dd></div>{{/OUTCOMES}}
{{#PFA}}          <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Preparing for adulthood</dt><dd class="govuk-summary-list__value">Yes</dd></div>{{/PFA}}
{{#FUNDING_ONLY}}          <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Funding</dt><dd class="govuk-summary-list__value">This is funding, not provision in itself</dd></div>{{/FUNDING_ONLY}}
{{#DIRECT_PAYMENT}}          <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Direct payment</dt><dd class="govuk-summary-list__value">Yes</dd></div>{{/DIRECT_PAYMENT}}
        </dl>
{{#EDIT}}        <form method="post" action="/cases/{{CASE_ID}}/plan/remove" novalidate><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="item" value="{{ID}}"><button type="submit" class="govuk-button govuk-button--warning govuk-!-margin-bottom-0" data-module="govuk-button">Remove {{ID}}</button></form>{{/EDIT}}
      </div>
    </div>
{{/ITEM}}
{{#EMPTY}}{{#STATEMENT}}    <p class="govuk-body">{{TEXT}}</p>{{/STATEMENT}}{{#NOT_YET}}    <p class="govuk-body">Not written yet: list the provision, or say that none is needed.</p>{{/NOT_YET}}
{{#EDIT_STATEMENT}}    <p class="govuk-body"><a class="govuk-link" href="/cases/{{CASE_ID}}/plan/edit/statement?section={{SECTION}}">Say that section {{SECTION}} has nothing in it</a></p>{{/EDIT_STATEMENT}}{{/EMPTY}}
{{#ADD}}    <p class="govuk-body"><a class="govuk-link" href="/cases/{{CASE_ID}}/plan/edit/provision?section={{SECTION}}">Add provision to section {{SECTION}}</a></p>{{/ADD}}
  </section>
{{/PROVISION_SECTION}}

  <section id="section-i" aria-labelledby="heading-i">
    <h3 class="govuk-heading-m" id="heading-i">Section I: school or other setting</h3>
{{#NO_SECTION_I}}    <p class="govuk-body">This plan has no section I.</p>{{/NO_SECTION_I}}
{{#NO_PLACEMENT}}    <p class="govuk-body">No school or setting has been named yet. The family can say which they would like while the draft is with them.</p>{{/NO_PLACEMENT}}
{{#PLACEMENT}}
    <dl class="govuk-summary-list">
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">School or setting</dt><dd class="govuk-summary-list__value">{{NAME}}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Type</dt><dd class="govuk-summary-list__value">{{TYPE}}</dd></div>
{{#URN}}      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">URN</dt><dd class="govuk-summary-list__value">{{URN}}</dd></div>{{/URN}}
{{#UKPRN}}      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">UKPRN</dt><dd class="govuk-summary-list__value">{{UKPRN}}</dd></div>{{/UKPRN}}
    </dl>
{{/PLACEMENT}}
{{#EDIT_PLACEMENT}}    <p class="govuk-body"><a class="govuk-link" href="/cases/{{CASE_ID}}/plan/edit/placement">Change section I</a></p>{{/EDIT_PLACEMENT}}
  </section>

  <section id="section-j" aria-labelledby="heading-j">
    <h3 class="govuk-heading-m" id="heading-j">Section J: personal budget</h3>
{{#NO_SECTION_J}}    <p class="govuk-body">This plan has no section J.</p>{{/NO_SECTION_J}}
{{#NO_BUDGET}}    <p class="govuk-body">There is no personal budget.</p>{{/NO_BUDGET}}
{{#BUDGET}}
    <dl class="govuk-summary-list">
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">How it is paid</dt><dd class="govuk-summary-list__value">{{HOW}}</dd></div>
{{#AMOUNT}}      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Amount a year</dt><dd class="govuk-summary-list__value">£{{POUNDS}}</dd></div>{{/AMOUNT}}
{{#COVERS}}      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Pays for</dt><dd class="govuk-summary-list__value">{{#LINK}}<a class="govuk-link" href="#item-{{ID}}">{{ID}}</a>{{#COMMA}}, {{/COMMA}}{{/LINK}}</dd></div>{{/COVERS}}
{{#DETAILS}}      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Details</dt><dd class="govuk-summary-list__value sendhub-plan__text">{{TEXT}}</dd></div>{{/DETAILS}}
    </dl>
{{/BUDGET}}
{{#EDIT_BUDGET}}    <p class="govuk-body"><a class="govuk-link" href="/cases/{{CASE_ID}}/plan/edit/budget">Change section J</a></p>{{/EDIT_BUDGET}}
  </section>

  <section id="section-k" aria-labelledby="heading-k">
    <h3 class="govuk-heading-m" id="heading-k">Section K: advice and information</h3>
{{#NO_ADVICE}}    <p class="govuk-body">No advice has been received yet.</p>{{/NO_ADVICE}}
{{#ADVICE}}
    <div class="govuk-summary-card" id="item-{{ID}}">
      <div class="govuk-summary-card__title-wrapper"><h4 class="govuk-summary-card__title">{{ID}}: {{FROM}} — {{AUTHOR}}, {{DATE}}</h4></div>
      <div class="govuk-summary-card__content">
{{#SUMMARY}}        <p class="govuk-body sendhub-plan__text">{{TEXT}}</p>{{/SUMMARY}}
{{#RECOMMENDATION}}
        <div class="govuk-inset-text" id="item-{{ID}}">
          <p class="govuk-body"><strong>Recommendation {{ID}}:</strong> {{TEXT}}</p>
{{#CARRIED_BY}}          <p class="govuk-body">In the plan as {{#LINK}}<a class="govuk-link" href="#item-{{ID}}">{{ID}}</a>{{#COMMA}}, {{/COMMA}}{{/LINK}}.</p>{{/CARRIED_BY}}
{{#LEFT_OUT}}          <p class="govuk-body">Not included (or not in full) because: {{REASON}}</p>{{/LEFT_OUT}}
{{#NOT_DECIDED}}          <p class="govuk-body"><strong class="govuk-tag govuk-tag--orange">Not yet carried into the plan</strong></p>{{/NOT_DECIDED}}
{{#EDIT}}          <p class="govuk-body"><a class="govuk-link" href="/cases/{{CASE_ID}}/plan/edit/{{FORM}}?item={{ID}}">Say how recommendation {{ID}} is carried into the plan</a></p>{{/EDIT}}
        </div>
{{/RECOMMENDATION}}
      </div>
    </div>
{{/ADVICE}}
  </section>
</article>
