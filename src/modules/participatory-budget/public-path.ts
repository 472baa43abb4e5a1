/** The address of a budget's public page: /boendebudget/<organisation>/<area code>/<year> (server and web). */
export const budgetPublicPath = (organisationSlug: string, areaCode: string, year: number) =>
  `/boendebudget/${encodeURIComponent(organisationSlug)}/${encodeURIComponent(areaCode)}/${year}`;
