{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <h1 class="govuk-heading-l">Cookies</h1>
    <p class="govuk-body">Cookies are small files saved on your phone, tablet or computer when you visit a website.</p>
    <p class="govuk-body">SENDhub uses only essential cookies. We do not use analytics or advertising cookies, and we do not share cookies with anyone else.</p>
    <h2 class="govuk-heading-m">Essential cookies</h2>
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-table__caption--s">Cookies SENDhub sets</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Name</th>
          <th scope="col" class="govuk-table__header">Purpose</th>
          <th scope="col" class="govuk-table__header">Expires</th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        <tr class="govuk-table__row">
          <td class="govuk-table__cell">sendhub_session</td>
          <td class="govuk-table__cell">Keeps you signed in, and protects the forms you send from being forged by another website</td>
          <td class="govuk-table__cell">When you sign out, after 30 minutes without activity, or after 12 hours</td>
        </tr>
        <tr class="govuk-table__row">
          <td class="govuk-table__cell">sendhub_csrf</td>
          <td class="govuk-table__cell">Protects the sign-in form from being sent by another website</td>
          <td class="govuk-table__cell">When you close your browser</td>
        </tr>
      </tbody>
    </table>
    <p class="govuk-body">You cannot turn these cookies off and still sign in, because SENDhub needs them to keep children's records safe.</p>
  </div>
</div>
