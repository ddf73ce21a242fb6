{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <h1 class="govuk-heading-l">Accessibility statement</h1>
    <p class="govuk-body">This statement applies to SENDhub. We want as many people as possible to be able to use it, including disabled children and young people, and parents and carers who have SEND themselves. You should be able to:</p>
    <ul class="govuk-list govuk-list--bullet">
      <li>change colours, contrast levels and fonts using your browser or device settings</li>
      <li>zoom in up to 400% without the text spilling off the screen</li>
      <li>get around every page using just a keyboard</li>
      <li>use every page with JavaScript turned off</li>
      <li>listen to every page using a screen reader</li>
    </ul>
    <h2 class="govuk-heading-m">How we test SENDhub</h2>
    <p class="govuk-body">Every page is checked automatically with axe-core against the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA each time the software changes, in a real browser, with JavaScript turned on and turned off. Automatic checks find only some problems, so we also test by hand with a keyboard and a screen reader before each release.</p>
    <h2 class="govuk-heading-m">Compliance status</h2>
    <p class="govuk-body">SENDhub is partially compliant with WCAG 2.2 AA while it is in alpha: it has not yet had a full manual audit. We know of no failures on the pages available today.</p>
    <h2 class="govuk-heading-m">Reporting problems and asking for another format</h2>
    <p class="govuk-body">If you find a problem, or need information in another format such as easy read, large print or audio, contact your local council's special educational needs team. They will reply within 10 working days.</p>
    <h2 class="govuk-heading-m">Enforcement procedure</h2>
    <p class="govuk-body">The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS).</p>
  </div>
</div>
