/**
 * The kinds of thing a rollout counts: what gets moved, switched, enrolled or signed up, and the
 * amounts that move a share at a time ("Migrate 70% of compute to spot", "traffic on the new CDN").
 */

// Things inside the organisation that get moved, switched or enrolled.
export const INTERNAL_UNIT =
  '(?:teams?|squads?|tribes?|guilds?|engineers?|developers?|devs?|departments?|(?:micro-?)?services?|repos?|repositories|codebases?|apps?|applications?|workloads?|databases?|dbs?|clusters?|pipelines?|jobs?|systems?|projects?|modules?|components?|hosts?|servers?|vms?|instances?|nodes?|functions?|lambdas?|endpoints?|apis?|integrations?|producers?|consumers?|domains?|tools?|products?|sites?|stores?|brands?|markets?|regions?|tables?|datasets?|schemas?|topics?|queues?|buckets?|dashboards?|models?|libraries|packages|alerts?|monitors?|runbooks?|offices?|branches|depots?|wards?|warehouses?|stations?|plants?|factories|locations?|compute|traffic|storage)';
// Anyone who can be signed up: the internal units, and people or organisations outside.
export const ANY_UNIT = `(?:${INTERNAL_UNIT}|merchants?|sellers?|vendors?|suppliers?|partners?|customers?|clients?|tenants?|accounts?|hospitals?|trusts?|clinics?|practices?|pharmacies?|schools?|councils?|agencies?|banks?|retailers?|restaurants?|clinicians?|doctors?|nurses?|gps?|staff|employees?|contractors?|users?|members?|students?|drivers?|couriers?|studios?|publishers?|creators?|participants?|candidates?|volunteers?|testers?)`;

// Units of a physical reading: noise in dB, temperature, weight, energy, a concentration.
export const PHYSICAL_UNIT =
  '(?:db|dba|db\\(a\\)|°c|°f|deg(?:rees)?|kg|g|mg|µg|tonnes?|t|kwh|mwh|kw|mw|w|ppm|ppb|lux|bar|psi|v|hz|km|m|cm|mm|l|ml|litres?|liters?)';

// The kit in a fleet that an agent or firmware is rolled out to ("to all 38 ride controllers",
// "across the haul fleet, 0 → 120 trucks").
export const FLEET_KIT =
  '(?:devices?|machines?|vehicles?|trucks?|vans?|scooters?|drones?|robots?|controllers?|gateways?|sensors?|chargers?|kiosks?|tills?|laptops?|handhelds?|routers?|cameras?|lockers?|fleets?)';
