CREATE TABLE "data_stamp" (
	"singleton" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "data_stamp_one_row" CHECK ("data_stamp"."singleton")
);
