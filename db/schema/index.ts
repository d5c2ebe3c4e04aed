export * from "./forums";
export * from "./companies";
export * from "./users";
export * from "./requests";
export * from "./outbox";
export * from "./meetings";
export * from "./audit";
export * from "./organisers";
