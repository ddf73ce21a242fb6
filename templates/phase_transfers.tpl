{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    <h1 class="govuk-heading-l">Moving phase next September</h1>
    <p class="govuk-body">{{COUNT}} children and young people move phase on {{MOVES_ON}}. Their plans must be reviewed and amended to name the new school or college before 15 February (31 March for a move from secondary school to post-16). A child leaves this list when an amended plan naming their next setting is issued.</p>
    <p class="govuk-body"><a class="govuk-link" href="/reviews">Annual reviews due</a></p>
{{#EMPTY}}
    <p class="govuk-body">Nobody on this list: every move has an amended plan naming the next setting.</p>
{{/EMPTY}}
{{#HAS_ROWS}}
    <table class="govuk-table" id="phase-transfers">
      <caption class="govuk-table__caption govuk-table__caption--m">Soonest deadline first</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Child or young person</th>
          <th scope="col" class="govuk-table__header">Now at</th>
          <th scope="col" class="govuk-table__header">Move</th>
          <th scope="col" class="govuk-table__header">Amended plan issued by</th>
          <th scope="col" class="govuk-table__header">Review</th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
{{/HAS_ROWS}}
{{#ROW}}
        <tr class="govuk-table__row">
          <td class="govuk-table__cell"><a class="govuk-link" href="/children/{{CHILD_ID}}">{{CHILD}}</a></td>
          <td class="govuk-table__cell">{{SETTING}}</td>
          <td class="govuk-table__cell">{{MOVE}}</td>
          <td class="govuk-table__cell">{{DEADLINE}}{{#OVERDUE}} <strong class="govuk-tag govuk-tag--red">Overdue</strong>{{/OVERDUE}}<br><span class="govuk-body-s">{{RULE}}</span></td>
          <td class="govuk-table__cell">{{#OPEN}}<a class="govuk-link" href="/reviews/{{CASE_ID}}">Review under way<span class="govuk-visually-hidden"> for {{CHILD}}</span></a>{{/OPEN}}{{#ARRANGE}}<a class="govuk-link" href="/reviews/new?plan={{PLAN_ID}}">Arrange the review<span class="govuk-visually-hidden"> for {{CHILD}}</span></a>{{/ARRANGE}}</td>
        </tr>
{{/ROW}}
{{#HAS_ROWS}}
      </tbody>
    </table>
{{/HAS_ROWS}}
  </div>
</div>
