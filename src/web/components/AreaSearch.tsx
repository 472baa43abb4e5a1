import { Combobox, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { areaQueries, type PlaceHit } from '../../modules/areas/web';

const profilePath = (hit: PlaceHit) => `/${hit.kind === 'area' ? 'areas' : 'districts'}/${hit.id}`;

/**
 * The header's search for an area or district by name or code (case and å/ä/ö do not matter): a
 * labelled combobox; arrow keys move in the list, Enter opens the chosen profile, Escape closes.
 */
export function AreaSearch() {
  const { t } = useTranslation('areas');
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const hits = useQuery(areaQueries.search(debounced));
  const combobox = useCombobox({
    onDropdownClose: () => combobox.resetSelectedOption(),
  });
  const list = debounced ? (hits.data ?? []) : [];

  const open = (id: string) => {
    const hit = list.find((h) => h.id === id);
    if (!hit) return;
    setQuery('');
    combobox.closeDropdown();
    navigate(profilePath(hit));
  };

  return (
    <Combobox store={combobox} onOptionSubmit={open} withinPortal>
      <Combobox.Target withExpandedAttribute>
        <TextInput
          role="combobox"
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          size="sm"
          w={{ base: 150, sm: 240 }}
          value={query}
          onChange={(e) => {
            setQuery(e.currentTarget.value);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onFocus={() => query && combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          // The first hit is chosen as the list arrives, so Enter opens it.
          onKeyDown={(e) => {
            if (e.key === 'Enter' && combobox.getSelectedOptionIndex() < 0 && list.length) {
              e.preventDefault();
              open(list[0].id);
            }
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!debounced}>
        <Combobox.Options aria-label={t('search.label')}>
          {list.map((hit) => (
            <Combobox.Option value={hit.id} key={hit.id}>
              <Text size="sm">{hit.name}</Text>
              <Text size="xs" c="dimmed">
                {hit.kind === 'district' ? t('search.district') : `${hit.code} · ${hit.districtName}`}
              </Text>
            </Combobox.Option>
          ))}
          {hits.isSuccess && list.length === 0 && <Combobox.Empty>{t('search.nothing')}</Combobox.Empty>}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
