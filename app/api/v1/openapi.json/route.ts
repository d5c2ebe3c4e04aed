import { openApiDocument } from "@/lib/api/openapi";

// The API's description is public: it holds no data, only the shape of the data.
export function GET() {
  return Response.json(openApiDocument, { headers: { "Cache-Control": "public, max-age=300" } });
}
