/** The global id of the seed's second summit. */
export const summitId = Buffer.from('Summit:summit:second-us-north-korea-2019').toString('base64url');
/** 100 summits with their lists (pass `ids`: 100 of them): above the heavy threshold, within the cost limit. */
export const heavyQuery = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Summit {
  title status date { label text earliest latest }
  location { name within { name } }
  participants { role person { slug name } }
  developments { sequence status description date { label } citation { excerpt source { title } } }
  candidateLocations { place { name } reportedBy { name } citation { excerpt } }
  topics { slug name }
  citations { excerpt source { title outlet } }
} } }`;
