import type { Brand } from "../../src/theme/brand.ts";
import { ASSETS_URL } from "../../src/urls/urls.ts";

/** The neutral icon every site gets unless its content folder brings its own. */
const DEFAULT_FAVICON = { url: `${ASSETS_URL}favicon.svg`, type: "image/svg+xml" };

/**
 * The newsroom's favicon, theme colours and own stylesheet, in that order after the site's
 * stylesheet so that both override it. The theme's CSS is built by the build from `#rrggbb`
 * values alone (src/theme/theme-css.ts): it is the one text inserted unescaped here.
 */
export function BrandHead({ brand }: { brand: Brand | undefined }) {
  const favicon = brand?.favicon ?? DEFAULT_FAVICON;
  return (
    <>
      {brand?.themeCss ? <style dangerouslySetInnerHTML={{ __html: brand.themeCss }} /> : null}
      {brand?.customCss ? <link rel="stylesheet" href={brand.customCss} /> : null}
      <link rel="icon" href={favicon.url} type={favicon.type} />
    </>
  );
}
