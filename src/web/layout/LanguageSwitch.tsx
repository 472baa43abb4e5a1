import { Button } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { applyLanguage, type Language } from '../i18n';
import { type Me, meQuery } from '../session';

/**
 * One button naming the other language in that language ("English" / "Svenska"). Signed in, the
 * choice is stored on the user (PUT /auth/me/language) and used at the next sign-in; before sign-in
 * it is kept in the `lang` cookie.
 */
export function LanguageSwitch({ signedIn }: { signedIn: boolean }) {
  const { t, i18n } = useTranslation('common');
  const client = useQueryClient();
  const next: Language = i18n.language === 'en' ? 'sv' : 'en';

  const switchLanguage = async () => {
    // Stored first, then shown: a page left right after the click (a link, a reload) must not
    // come back in the old language because the request was still under way.
    if (signedIn) await api.put('/auth/me/language', { language: next }).catch(() => undefined);
    await applyLanguage(next);
    if (!signedIn) return;
    client.setQueryData<Me | null>(meQuery.queryKey, (me) => (me ? { ...me, language: next } : me));
    // Server-side texts (error messages, import reports) follow the stored language from now on.
    await client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
  };

  return (
    <Button variant="default" size="sm" lang={next} onClick={switchLanguage}>
      {t('language.switchTo')}
    </Button>
  );
}
