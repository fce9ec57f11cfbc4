/** What `gov-disclosure --help` and each command's `--help` print. */
export const HELP = {
  main: `gov-disclosure — from published catalogue tables to a live disclosure column

Usage:
  gov-disclosure import <files…> [options]    read CSV/XLSX catalogue tables, print the catalogue (JSON)
  gov-disclosure lint [catalogue.json]        check a catalogue against the standard (reads stdin without a file)
  gov-disclosure build <catalogue.json> --out <dir>   write the static bundle the column reads (--html: and its pages)
  gov-disclosure check <dir> [options]        the national website check's indicators for a built column

  gov-disclosure <command> --help             options of one command

Example:
  gov-disclosure import 目录.xlsx 信息.csv --jurisdiction 430121 --name 长沙县 > catalogue.json
  gov-disclosure lint catalogue.json && gov-disclosure build catalogue.json --out public/gkzl`,
  import: `gov-disclosure import <files…> [options]

Reads the standard catalogue tables as counties publish them (CSV in UTF-8 or GBK/GB18030, XLSX)
and prints the catalogue as JSON. Headers over one or two rows, merged cells, ■/□ and √ marks,
●必选/〇可选 elements, and the usual header variants are understood. Tables with 标题 and 发布日期
columns are read as published entries. Every row that cannot be read is reported on stderr as
file:row: reason; the exit code is then 1. Notes under a table (注：…, 说明：…, 备注) and header
columns that are not catalogue fields are reported as file[sheet]:row: note: … and leave the exit
code 0.

Options:
  --area <id or name>        the area (领域) of every table, when neither a 领域 column nor the
                             sheet or file name says it: social-assistance, 社会救助, 社会救助领域
  --jurisdiction <code>      行政区划代码 of the jurisdiction (default 000000)
  --name <name>              its name (default 未命名)
  --level <level>            county (default), city, township or province
  -o, --out <file>           write the catalogue there instead of stdout
  -h, --help`,
  lint: `gov-disclosure lint [catalogue.json] [options]

Checks a catalogue (a file, or stdin) against the standard: the 26 areas are present or declared
not applicable; every item has the minimum elements of 54号 (名称, 内容, 依据, 时限, 主体, 方式,
渠道, 对象); values come from the known vocabularies. With entries, it checks freshness too:
entries published past their 公开时限, items with fewer than 4 entries, a latest entry older than
90 days, and gaps of 90 days or more (僵尸栏目).

Exit code: 0 without errors, 1 with errors (or with warnings under --strict), 2 when the input
cannot be read.

Options:
  --format <text|json>       text for people (default), JSON for machines
  --today <YYYY-MM-DD>       the day freshness is measured from (default today)
  --strict                   warnings fail too
  --only-areas <areas>       the areas (ids or names, comma-separated) a partial catalogue is
                             meant to hold; the others are not reported missing
  --holidays <file.json>     public holidays and 调休 working days for working-day deadlines:
                             {"holidays": ["2026-10-01", …], "workdays": ["2026-09-27", …]}
  -h, --help`,
  build: `gov-disclosure build <catalogue.json> --out <dir> [options]

Writes the static bundle the SDK and <gov-disclosure-column> read: the manifest, one shard per
area, each item's entries in chunks, and the prebuilt search index. Files are named by a hash of
their content, so they can be cached for a year on any host; a rebuild writes only what changed
and removes what is no longer named.

Options:
  -o, --out <dir>            where to write (required)
  --chunk-size <n>           entries per chunk file (default 500)
  --matrix <catalogue.json>  a neighbour's catalogue (a city's county) to merge into this
                             bundle's search index, so that one search covers the "1+N"
                             matrix; repeat it for each county
  --html                     also write the static pages crawlers read: the home, each area,
                             each item (its entries paged), each entry and policy, with the
                             .gov.cn page metadata, sitemap.xml and a robots.txt example;
                             <gov-disclosure-column url-state="path"> takes over on them
  --site <site.json>         the site's facts for the pages' metadata: {"url": "https://…/gkzl/",
                             "siteName", "siteIdCode", "columnName", "image", "script", "api", …}
  --base-url <url>           where the column is published (overrides the site config's url)
  --cache <dir>              where to keep what makes a rebuild fast (default
                             node_modules/.cache/gov-disclosure, else the temporary folder)
  -h, --help

Example:
  gov-disclosure build catalogue.json --out public/gkzl --html --base-url https://www.example.gov.cn/gkzl/`,
  check: `gov-disclosure check <dir> [options]

The national website check's indicators (国办秘函〔2019〕19号) for the column built in <dir>:
static pages a crawler can read; 空白栏目 (areas with no items that are not declared 不涉及, items
with no entries); 不更新栏目 (动态/要闻-type items older than 14 days, 通知公告/政策文件-type
older than 6 months); entries whose page shows no 发布日期; repealed documents not marked; with
--links, dead links; with --api, 互动回应: messages unanswered for more than 3 months. Prints pass
or fail per indicator and per area; exits 1 on any failure.

Options:
  --format <text|json|html>  the report's form (default text)
  -o, --out <file>           write the report there instead of stdout
  --today <YYYY-MM-DD>       the day ages are measured to (default today)
  --news-days <n>            days a 动态/要闻-type item may go without a new entry (default 14)
  --notice-days <n>          the same for 通知公告/政策文件-type items (default 183)
  --other-days <n>           the same for every other item (default: not checked)
  --links                    also fetch every link the data holds (service links, attachments,
                             policies and 解读, sub-columns, neighbouring columns): 15 s timeout,
                             6 at a time, one request per host every 250 ms; without it nothing
                             leaves the machine
  --base-url <url>           where the column is published, to fetch its relative links
  --api <url>                the reference server's API (https://…/api/): read its messages
                             (GET staff/messages) and fail those unanswered for over 3 months
  --token <token>            a staff API token of the jurisdiction for --api (default: the
                             GOV_DISCLOSURE_TOKEN environment variable)
  -h, --help`,
};
