{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    <h1 class="govuk-heading-l">Complaints</h1>
    <p class="govuk-body">Complaints made by families on their child's record or recorded by the SEN team, waiting for a reply first. Complaints about communication count towards the partnership's target on the dashboard.</p>
{{#NONE}}    <p class="govuk-body">There are no complaints.</p>
{{/NONE}}
{{#SOME}}
    <table class="govuk-table" id="complaints">
      <caption class="govuk-table__caption govuk-visually-hidden">Complaints</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row">
        <th scope="col" class="govuk-table__header">Child</th>
        <th scope="col" class="govuk-table__header">About</th>
        <th scope="col" class="govuk-table__header">Received</th>
        <th scope="col" class="govuk-table__header">Reply</th>
      </tr></thead>
      <tbody class="govuk-table__body">
{{#COMPLAINT}}
        <tr class="govuk-table__row">
          <td class="govuk-table__cell"><a class="govuk-link" href="/complaints/{{ID}}">{{CHILD_NAME}}</a></td>
          <td class="govuk-table__cell">{{TOPIC}}</td>
          <td class="govuk-table__cell">{{RECEIVED_ON}}</td>
          <td class="govuk-table__cell"><strong class="govuk-tag {{TAG}}">{{STATE}}</strong></td>
        </tr>
{{/COMPLAINT}}
      </tbody>
    </table>
{{/SOME}}
  </div>
</div>
