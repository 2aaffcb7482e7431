// content.overview-elements: section 一 covers its five parts, not only an opening sentence.
import type { Span } from '../../model/schema';
import { defineRule } from '../types';
import { hanCount, quote } from '../support/prose';
import { sectionNames } from '../support/sections';

/**
 * The five parts of 总体情况 (2021 format): the words a sub-heading of the part holds, the
 * words that show the part in running prose, and the part's own name.
 */
const PARTS: ReadonlyArray<{ name: string; heading: RegExp; prose: RegExp }> = [
  { name: '主动公开', heading: /主动/, prose: /主动公开|主动发布/ },
  {
    name: '依申请公开',
    heading: /申请|依申/,
    prose: /依申请|依申公开|政府信息公开申请|公开申请/,
  },
  {
    name: '政府信息管理',
    heading: /管理/,
    prose:
      /信息(?:资源)?(?:的)?管理|信息发布(?:审核|审查)|保密审查|公开属性|发布审核|审核(?:发布|把关)/,
  },
  {
    name: '政府信息公开平台建设',
    heading: /平台|网站|载体|渠道/,
    prose:
      /平台建设|公开平台|平台(?:的)?(?:管理|维护|运维|规范)|(?:政府|门户)网站|网站(?:建设|管理|维护)|政务新媒体|公开栏|公开专栏/,
  },
  {
    name: '监督保障',
    heading: /监督|保障|考核|培训|问责/,
    prose:
      /监督保障|监督(?:检查|考核|指导)|社会监督|考核|责任追究|问责|督查|督促|培训|工作机制|领导小组/,
  },
];

/** A sub-heading at a line start: "（四）平台建设方面", "4.监督保障". Its words up to 。：. */
const SUB_HEADING =
  /^[^\S\n]*(?:[（(][一二三四五六七八九十][）)]|\d{1,2}[、.．])[^\S\n]*([^。：:；;，,\n]{1,24})/gm;

/** The parts the section leaves out: by its sub-headings when it has them, else by its words. */
const missingParts = (body: string): string[] => {
  const headings = [...body.matchAll(SUB_HEADING)].map((m) => m[1]!);
  if (headings.length >= 3) {
    // With sub-headings a part needs its own one; its name in the prose also counts.
    return PARTS.filter(
      (p) => !headings.some((h) => p.heading.test(h)) && !body.includes(p.name),
    ).map((p) => p.name);
  }
  return PARTS.filter((p) => !p.prose.test(body)).map((p) => p.name);
};

/** A section 一 this short, in at most two sentences, is the boilerplate opening alone. */
const BOILERPLATE_CHARS = 150;

export const overviewElements = defineRule({
  meta: {
    id: 'content.overview-elements',
    category: 'content',
    severity: 'info',
    title: '总体情况要素不全',
    description:
      '第一部分“总体情况”应涵盖主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五个方面。缺少其中某一方面，或只有一段开头套话的，给出提示。',
  },
  check(ctx) {
    const section = ctx.section('1');
    if (!section) return; // structure.section-missing reports the missing section
    const heading = ctx.doc.headings.find((h) => h.id === '1');
    const body = section.text.trim();
    const bodySpan: Span = body === '' ? section.headSpan : section.trimmed;
    const name = sectionNames['1'];
    const sentenceCount = body.split(/[。！？!?]/).filter((s) => s.trim() !== '').length;
    if (body === '' || (hanCount(body) < BOILERPLATE_CHARS && sentenceCount <= 2)) {
      ctx.report({
        message:
          body === ''
            ? `${name}没有内容`
            : `${name}只有一段概括性的开头（「${quote(body, 30)}」），未分述主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障的情况`,
        spans: [bodySpan],
        suggestion:
          '按年报格式分五个方面写明总体情况：主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障',
      });
      return;
    }
    const missing = missingParts(body);
    if (missing.length === 0) return;
    ctx.report({
      message: `${name}未写到${missing.map((m) => `“${m}”`).join('、')}方面的情况；年报格式要求总体情况涵盖主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五个方面`,
      spans: heading?.found ? [heading.span] : [bodySpan],
      expected: '主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障',
      actual: `缺少${missing.join('、')}`,
      suggestion: `补充${missing.join('、')}方面的情况`,
    });
  },
});
