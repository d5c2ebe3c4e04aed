import { fileTypeFromBuffer } from "file-type";
import type { PhotoType } from "@/db/photos";
import { PublicError } from "@/lib/errors";
import { MAX_PHOTO_BYTES, photoTypes } from "@/lib/schemas/delegate";

export interface CheckedPhoto {
  contentType: PhotoType;
  bytes: Buffer;
}

/**
 * Reads an uploaded photo and trusts neither its name nor the type the browser claimed: the
 * bytes themselves must be a JPEG, PNG or WebP image of at most 2 MB.
 */
export async function checkPhoto(file: Blob): Promise<CheckedPhoto> {
  if (file.size === 0) throw new PublicError("photoNotImage", 422, "photo");
  if (file.size > MAX_PHOTO_BYTES) throw new PublicError("photoTooLarge", 422, "photo");
  const bytes = Buffer.from(await file.arrayBuffer());
  if (bytes.length > MAX_PHOTO_BYTES) throw new PublicError("photoTooLarge", 422, "photo");
  const sniffed = await fileTypeFromBuffer(bytes);
  const contentType = photoTypes.find((type) => type === sniffed?.mime);
  if (!contentType) throw new PublicError("photoNotImage", 422, "photo");
  return { contentType, bytes };
}
