// The UI is a static export (`next build` → out/) that the hub serves at its URL, with the API
// under /api/ on the same origin. `trailingSlash` emits `map/index.html` rather than `map.html`,
// so any static server that maps a directory to its index.html serves every page.
/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
};
export default nextConfig;
