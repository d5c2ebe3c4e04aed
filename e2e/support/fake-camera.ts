import { writeFile } from "node:fs/promises";
import { PNG } from "pngjs";

const WIDTH = 640;
const HEIGHT = 480;

/**
 * A video file (Y4M, what Chromium's fake camera plays) of one picture on a white page: the
 * camera held over a badge. Each pixel goes from RGB to YUV 4:2:0 as BT.601 has it.
 */
export async function writeCameraFile(file: string, picture: Buffer) {
  const png = PNG.sync.read(picture);
  if (png.width > WIDTH || png.height > HEIGHT) throw new Error(`the picture is larger than the camera's ${WIDTH}×${HEIGHT}`);
  const left = Math.floor((WIDTH - png.width) / 2);
  const top = Math.floor((HEIGHT - png.height) / 2);
  const rgb = (x: number, y: number): [number, number, number] => {
    const px = x - left;
    const py = y - top;
    if (px < 0 || py < 0 || px >= png.width || py >= png.height) return [255, 255, 255];
    const i = (py * png.width + px) * 4;
    return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
  };
  const luma = Buffer.alloc(WIDTH * HEIGHT);
  const blue = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2));
  const red = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2));
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      const [r, g, b] = rgb(x, y);
      luma[y * WIDTH + x] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
      if (x % 2 === 0 && y % 2 === 0) {
        const c = (y / 2) * (WIDTH / 2) + x / 2;
        blue[c] = Math.round(128 - 0.168736 * r - 0.331264 * g + 0.5 * b);
        red[c] = Math.round(128 + 0.5 * r - 0.418688 * g - 0.081312 * b);
      }
    }
  }
  const frame = Buffer.concat([Buffer.from("FRAME\n"), luma, blue, red]);
  await writeFile(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]));
}
