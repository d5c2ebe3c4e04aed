export * from "./forums";
export * from "./companies";
export * from "./users";
