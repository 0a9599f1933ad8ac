/**
 * Country name -> ISO 3166-1 alpha-3 code, for event ids ("MLI12"). Names come from the events' `country`
 * field (ACLED's English names); ICU's region names cover most, a few ACLED spellings are added by hand.
 */
import { foldKey } from '../doc/text.js';

/** ISO 3166-1: alpha-2 followed by alpha-3, space separated (XK/XKX: Kosovo's user-assigned code). */
const ISO =
  'ADAND AEARE AFAFG AGATG AIAIA ALALB AMARM AOAGO AQATA ARARG ASASM ATAUT AUAUS AWABW AXALA AZAZE BABIH BBBRB ' +
  'BDBGD BEBEL BFBFA BGBGR BHBHR BIBDI BJBEN BLBLM BMBMU BNBRN BOBOL BQBES BRBRA BSBHS BTBTN BVBVT BWBWA BYBLR ' +
  'BZBLZ CACAN CCCCK CDCOD CFCAF CGCOG CHCHE CICIV CKCOK CLCHL CMCMR CNCHN COCOL CRCRI CUCUB CVCPV CWCUW CXCXR ' +
  'CYCYP CZCZE DEDEU DJDJI DKDNK DMDMA DODOM DZDZA ECECU EEEST EGEGY EHESH ERERI ESESP ETETH FIFIN FJFJI FKFLK ' +
  'FMFSM FOFRO FRFRA GAGAB GBGBR GDGRD GEGEO GFGUF GGGGY GHGHA GIGIB GLGRL GMGMB GNGIN GPGLP GQGNQ GRGRC GSSGS ' +
  'GTGTM GUGUM GWGNB GYGUY HKHKG HMHMD HNHND HRHRV HTHTI HUHUN IDIDN IEIRL ILISR IMIMN ININD IOIOT IQIRQ IRIRN ' +
  'ISISL ITITA JEJEY JMJAM JOJOR JPJPN KEKEN KGKGZ KHKHM KIKIR KMCOM KNKNA KPPRK KRKOR KWKWT KYCYM KZKAZ LALAO ' +
  'LBLBN LCLCA LILIE LKLKA LRLBR LSLSO LTLTU LULUX LVLVA LYLBY MAMAR MCMCO MDMDA MEMNE MFMAF MGMDG MHMHL MKMKD ' +
  'MLMLI MMMMR MNMNG MOMAC MPMNP MQMTQ MRMRT MSMSR MTMLT MUMUS MVMDV MWMWI MXMEX MYMYS MZMOZ NANAM NCNCL NENER ' +
  'NFNFK NGNGA NINIC NLNLD NONOR NPNPL NRNRU NUNIU NZNZL OMOMN PAPAN PEPER PFPYF PGPNG PHPHL PKPAK PLPOL PMSPM ' +
  'PNPCN PRPRI PSPSE PTPRT PWPLW PYPRY QAQAT REREU ROROU RSSRB RURUS RWRWA SASAU SBSLB SCSYC SDSDN SESWE SGSGP ' +
  'SHSHN SISVN SJSJM SKSVK SLSLE SMSMR SNSEN SOSOM SRSUR SSSSD STSTP SVSLV SXSXM SYSYR SZSWZ TCTCA TDTCD TFATF ' +
  'TGTGO THTHA TJTJK TKTKL TLTLS TMTKM TNTUN TOTON TRTUR TTTTO TVTUV TWTWN TZTZA UAUKR UGUGA UMUMI USUSA UYURY ' +
  'UZUZB VAVAT VCVCT VEVEN VGVGB VIVIR VNVNM WFWLF WSWSM XKXKX YEYEM YTMYT ZAZAF ZMZMB ZWZWE';

/** ACLED's names that ICU spells otherwise. */
const ALIASES: Record<string, string> = {
  'democratic republic of congo': 'CD',
  'democratic republic of the congo': 'CD',
  'republic of congo': 'CG',
  'ivory coast': 'CI',
  'cote d ivoire': 'CI',
  'czech republic': 'CZ',
  'bosnia and herzegovina': 'BA',
  'east timor': 'TL',
  palestine: 'PS',
  turkey: 'TR',
  myanmar: 'MM',
  'the gambia': 'GM',
};

/** Unknown or missing country: ISO's "user-assigned" range, so it never collides with a real country. */
export const UNKNOWN_COUNTRY = 'XXX';

export type CountryCodes = (name: string | null) => string;

/** Builds the look-up once (ICU names for every code); call the result per event. */
export function countryCodes(): CountryCodes {
  const alpha3 = new Map<string, string>();
  const byName = new Map<string, string>();
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  for (const pair of ISO.split(' ')) {
    const [a2, a3] = [pair.slice(0, 2), pair.slice(2)];
    alpha3.set(a2, a3);
    byName.set(foldKey(a2), a2);
    byName.set(foldKey(a3), a2);
    const name = names.of(a2);
    if (name) byName.set(foldKey(name.replace(/&/g, 'and')), a2);
  }
  for (const [name, a2] of Object.entries(ALIASES)) byName.set(name, a2);
  return (name) => {
    if (!name) return UNKNOWN_COUNTRY;
    const a2 = byName.get(foldKey(name.replace(/&/g, 'and')));
    return (a2 && alpha3.get(a2)) ?? UNKNOWN_COUNTRY;
  };
}
