import { demoAccounts } from "./demo-accounts";
import { buildDemoCompanies, type DemoCompany } from "./demo-companies";

/** Each of these companies has this many accepted requests waiting for the auto-scheduler. */
export const WAITING_PER_COMPANY = 5;
const PER_COUNTRY = 60;

export interface WaitingRequestPlan {
  /** First delegates' e-mails name the companies: the seed finds them by it. */
  from: { email: string; name: string };
  to: { email: string; name: string };
}

export interface WaitingPlan {
  requests: WaitingRequestPlan[];
  /** Delegates who blocked every slot, and those who left only two slots free. */
  blockedEverywhere: string[];
  blockedButTwo: string[];
  /** Karim's waiting partners, for the journey that publishes them. */
  karimPartners: string[];
}

const side = (c: DemoCompany) => ({ email: c.delegates[0]!.email, name: c.name });

/**
 * Accepted requests with no meeting yet, for the organiser's auto-scheduler page: 60
 * Algerian and 60 Russian companies, five partners each, plus three for Karim's company
 * (never Elena's: that pair belongs to the requests journey, like Ivan and Amina). Two
 * companies' delegates blocked their time, so some requests cannot be placed and the page
 * shows why. Derived from the demo companies alone, so it is the same at every seed.
 */
export function planWaitingRequests(companies: readonly DemoCompany[] = buildDemoCompanies()): WaitingPlan {
  const accountEmails = new Set(demoAccounts.map((a) => a.email));
  const isAccount = (c: DemoCompany) => c.delegates.some((d) => accountEmails.has(d.email));
  const eligible = companies.filter((c) => c.status === "approved" && c.delegates.length > 0 && !isAccount(c));
  const dz = eligible.filter((c) => c.country === "DZ").sort((a, b) => a.number - b.number);
  const ru = eligible.filter((c) => c.country === "RU").sort((a, b) => a.number - b.number);
  if (dz.length < PER_COUNTRY || ru.length < PER_COUNTRY + 3) throw new Error("not enough demo companies for the waiting requests");

  const requests: WaitingRequestPlan[] = [];
  for (let i = 0; i < PER_COUNTRY; i++) {
    for (let k = 0; k < WAITING_PER_COMPANY; k++) {
      const a = dz[i]!;
      const b = ru[(i * 7 + k * 11) % PER_COUNTRY]!;
      requests.push(k % 2 === 0 ? { from: side(a), to: side(b) } : { from: side(b), to: side(a) });
    }
  }
  const karim = companies.find((c) => c.delegates.some((d) => d.email.startsWith("karim.haddad@")));
  if (!karim) throw new Error("the demo forum has no company for Karim");
  // Karim's booked demo partner makes solar panels: his waiting ones come from other sectors.
  const karimPartners = ru.slice(PER_COUNTRY).filter((c) => !c.sectors.includes("renewable_energy")).slice(0, 3);
  for (const partner of karimPartners) requests.push({ from: side(partner), to: side(karim) });

  return {
    requests,
    blockedEverywhere: dz[0]!.delegates.map((d) => d.email),
    blockedButTwo: dz[1]!.delegates.map((d) => d.email),
    karimPartners: karimPartners.map((c) => c.name),
  };
}
