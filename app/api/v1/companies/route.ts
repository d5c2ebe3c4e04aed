import { searchDirectory } from "@/db/directory";
import { getCurrentForum } from "@/db/forums";
import { jsonRoute } from "@/lib/api/route";
import { notFoundError } from "@/lib/errors";
import { assertDirectoryAccess } from "@/lib/companies/directory-access";
import { directoryQuerySchema } from "@/lib/schemas/directory";

// Organisers and approved companies' delegates search the directory as the page does; see lib/api/openapi.ts.
export const GET = jsonRoute({ access: "user", query: directoryQuerySchema, messages: "directory" }, async ({ query, user }) => {
  await assertDirectoryAccess(user);
  const forum = await getCurrentForum();
  if (!forum) throw notFoundError();
  const result = await searchDirectory(forum.id, query);
  return {
    data: result.companies.map((c) => ({
      id: c.id,
      name: c.name,
      country: c.country,
      city: c.city,
      size: c.size,
      sectors: c.sectorCodes,
      lookingFor: c.lookingFor,
      description: c.description,
    })),
    page: result.page,
    pageSize: result.pageSize,
    total: result.total,
    pageCount: result.pageCount,
    facets: result.facets,
  };
});
