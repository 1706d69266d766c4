package dev.interviewkit.parser.internal.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a label reads as the name of a person: a Chinese name that starts with a common surname
 * ({@code 李晓洁}, {@code 欧阳娜娜}), a familiar form ({@code 老马}, {@code 阿吴}, {@code 小林}), a
 * transliteration with a middle dot ({@code 埃隆·马斯克}), or capitalised Latin words
 * ({@code Sam Altman}, {@code NoPriors}). One feature among others of the speaker model: a label
 * that is no name may still speak (a publication, a nickname) when it behaves like a speaker.
 */
final class PersonNames {

    /** The common single-character surnames, together well over nine in ten Chinese people. */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
            + "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴"
            + "莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单"
            + "季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑"
            + "景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝官封谈"
            + "匡鞠惠荆冀郁胥班储栗燕楚鄢劳谌奚皮粟冼蔺楼满闻位厉伊仝区郜阚权强帅屠豆朴盖练廉禹井祖漆巴丰支卿狄计索宣晋"
            + "相初扈晁芮普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况宿逯隆茹诸战慕危亢嵇湛宾戎勾茅利揭干尉冶斯束檀衣信展昝智"
            + "幸衡富尧庹訾";

    /** Two-character surnames. */
    private static final String[] COMPOUND_SURNAMES = {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容",
        "令狐", "长孙", "宇文", "司徒", "夏侯", "轩辕", "端木", "南宫", "西门", "独孤", "澹台"};

    /** The prefixes of familiar forms: 老马, 小林, 阿吴. */
    private static final String FAMILIAR_PREFIXES = "老小阿";

    private PersonNames() {}

    /** The roles of a chat with a language model (Human:, Assistant:): a format's words, not people's names. */
    private static final Set<String> CHAT_ROLES = Set.of("human", "assistant", "user", "system", "ai", "bot", "model");

    /**
     * The numbered speaker of a transcription (speech recognition, a meeting's minutes): {@code
     * Speaker 0}, {@code SPEAKER_01}, {@code 发言人1}, {@code 说话人 2}, {@code Speaker A}. It stands for
     * a person whose name the transcript does not know.
     */
    private static final java.util.regex.Pattern NUMBERED_SPEAKER = java.util.regex.Pattern.compile(
            "(?i)(speaker|spk|发言人|说话人|发言者|说话者)[ _-]?(\\d{1,2}|[A-Z])");

    static boolean isNumberedSpeaker(String label) {
        return NUMBERED_SPEAKER.matcher(label.strip()).matches();
    }

    static boolean isPersonName(String label) {
        String s = label.strip();
        if (s.isEmpty() || CHAT_ROLES.contains(s.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        if (s.charAt(0) < 128) {
            return isLatinName(s);
        }
        if (s.indexOf('·') > 0 || s.indexOf('•') > 0) {
            return NameShapes.looksLikeName(s.replace('•', '·'));
        }
        int length = s.codePointCount(0, s.length());
        if (length < 2 || length > 4 || !NameShapes.looksLikeName(s)) {
            return false;
        }
        for (String compound : COMPOUND_SURNAMES) {
            if (s.startsWith(compound) && length > 2) {
                return true;
            }
        }
        return length <= 3 && SURNAMES.indexOf(s.charAt(0)) >= 0
                || length <= 3 && FAMILIAR_PREFIXES.indexOf(s.charAt(0)) >= 0 && SURNAMES.indexOf(s.charAt(1)) >= 0;
    }

    /**
     * Whether the label is a full name: a Chinese name (two or three characters, a common surname
     * first), a transliteration with a middle dot, or two to four capitalised Latin words.
     */
    static boolean isFullName(String label) {
        String s = label.strip();
        if (!isPersonName(s)) {
            return false;
        }
        if (s.charAt(0) < 128) {
            // Sam Altman, Emily (a first name alone is a name too); not WebEx, Stability AI or B.
            for (String word : words(s.trim())) {
                if (word.length() < 2 || !word.chars().skip(1).allMatch(c -> Character.isLowerCase(c) || c == '-' || c == '\'' || c == '.')) {
                    return false;
                }
            }
            return true;
        }
        return FAMILIAR_PREFIXES.indexOf(s.charAt(0)) < 0 || s.indexOf('·') > 0;
    }

    /**
     * {@code s} split at runs of spaces and no-break spaces, as {@code s.split("[ \u00a0]+")} splits
     * it (an empty first word when {@code s} starts with one, none at the end), without a pattern.
     */
    static String[] words(String s) {
        if (s.isEmpty()) {
            return new String[] {""};
        }
        List<String> words = new ArrayList<>(4);
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            if (!isSeparator(s.charAt(i))) {
                i++;
                continue;
            }
            words.add(s.substring(start, i));
            while (i < s.length() && isSeparator(s.charAt(i))) {
                i++;
            }
            start = i;
        }
        words.add(s.substring(start));
        int size = words.size();
        while (size > 0 && words.get(size - 1).isEmpty()) {
            size--; // split drops the empty words at the end
        }
        return words.subList(0, size).toArray(new String[0]);
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\u00a0';
    }

    /** One to four words that start with a capital letter: {@code Sam Altman}, {@code K.K.}, {@code NoPriors}. */
    private static boolean isLatinName(String s) {
        String[] words = words(s);
        if (words.length > 4) {
            return false;
        }
        if (words.length == 1 && s.length() < 2) {
            return false; // A, B: placeholders of an example, or role letters (RoleWords knows those)
        }
        for (String word : words) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
            for (int i = 1; i < word.length(); i++) {
                char c = word.charAt(i);
                if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '.') {
                    return false;
                }
                // A capital inside a word starts a new part (K.K., Jean-Luc, O'Neil, McKay); elsewhere it is a
                // product's name (ChatGPT, PaLM, WebEx).
                char before = word.charAt(i - 1);
                boolean newPart = before == '.' || before == '-' || before == '\'' || i == 2 && word.startsWith("Mc");
                if (Character.isUpperCase(c) && !newPart) {
                    return false;
                }
            }
        }
        return true;
    }
}
