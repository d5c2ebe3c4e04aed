"use server";

import { revalidatePath } from "next/cache";
import { getCurrentForum } from "@/db/forums";
import { formAction } from "@/lib/actions/safe-action";
import { notFoundError } from "@/lib/errors";
import { addTables, deleteRoom, saveRoom, setTableActive, updateTable } from "@/lib/forum-setup/venue";
import { addTablesSchema, roomIdSchema, roomSchema, tableStateSchema, updateTableSchema } from "@/lib/schemas/venue";

async function forumId() {
  const forum = await getCurrentForum();
  if (!forum) throw notFoundError();
  return forum.id;
}
const refresh = () => revalidatePath("/[locale]", "layout");

export const saveRoomAction = formAction({ schema: roomSchema, access: "organiser" }, async (input, user) => {
  const room = await saveRoom(user, await forumId(), input);
  refresh();
  return { ok: true, data: { id: room.id } };
});

export const deleteRoomAction = formAction({ schema: roomIdSchema, access: "organiser" }, async (input, user) => {
  await deleteRoom(user, await forumId(), input.roomId);
  refresh();
  return { ok: true, data: { id: input.roomId } };
});

export const addTablesAction = formAction({ schema: addTablesSchema, access: "organiser" }, async (input, user) => {
  const added = await addTables(user, await forumId(), input);
  refresh();
  return { ok: true, data: { added } };
});

export const updateTableAction = formAction({ schema: updateTableSchema, access: "organiser" }, async (input, user) => {
  const table = await updateTable(user, await forumId(), input);
  refresh();
  return { ok: true, data: { id: table.id } };
});

export const setTableStateAction = formAction({ schema: tableStateSchema, access: "organiser" }, async (input, user) => {
  const result = await setTableActive(user, await forumId(), input);
  refresh();
  return { ok: true, data: result };
});
