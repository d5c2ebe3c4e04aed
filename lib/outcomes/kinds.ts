// The lists a client form needs, without the database schema's imports.
export const outcomeKinds = ["follow_up", "mou", "contract", "no_interest"] as const;
export const outcomeCurrencies = ["USD", "EUR", "DZD", "RUB"] as const;
