package org.casework.api.demo;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The words demo files are made of: Czech and Hungarian names and places, and the phrases caseworkers write.
 * A Czech woman's surname takes its feminine form (Novák, Nováková); a Hungarian one does not change.
 */
enum DemoVocabulary {

    CZECH(
            List.of("Jan", "Petr", "Josef", "Pavel", "Martin", "Tomáš", "Jaroslav", "Miroslav", "Zdeněk", "Václav",
                    "Michal", "František", "Jiří", "Lukáš", "Jakub", "David", "Ondřej", "Karel", "Milan", "Vojtěch"),
            List.of("Jana", "Marie", "Eva", "Hana", "Anna", "Lenka", "Kateřina", "Lucie", "Věra", "Alena", "Petra",
                    "Veronika", "Jaroslava", "Tereza", "Martina", "Zuzana", "Michaela", "Jitka", "Ivana", "Barbora"),
            List.of("Novák/Nováková", "Svoboda/Svobodová", "Novotný/Novotná", "Dvořák/Dvořáková", "Černý/Černá",
                    "Procházka/Procházková", "Kučera/Kučerová", "Veselý/Veselá", "Horák/Horáková", "Němec/Němcová",
                    "Marek/Marková", "Pospíšil/Pospíšilová", "Pokorný/Pokorná", "Hájek/Hájková", "Král/Králová",
                    "Jelínek/Jelínková", "Růžička/Růžičková", "Beneš/Benešová", "Fiala/Fialová",
                    "Sedláček/Sedláčková", "Doležal/Doležalová", "Zeman/Zemanová", "Kolář/Kolářová",
                    "Navrátil/Navrátilová", "Čermák/Čermáková", "Vaněk/Vaňková", "Urban/Urbanová", "Blažek/Blažková"),
            List.of("Praha/110 00", "Brno/602 00", "Ostrava/702 00", "Plzeň/301 00", "Liberec/460 01",
                    "Olomouc/779 00", "Ústí nad Labem/400 01", "Hradec Králové/500 02", "České Budějovice/370 01",
                    "Pardubice/530 02", "Zlín/760 01", "Kladno/272 01", "Most/434 01", "Opava/746 01",
                    "Karviná/733 01"),
            List.of("Husova", "Palackého", "Nádražní", "Školní", "Komenského", "Masarykova", "Tyršova", "Havlíčkova",
                    "Sokolská", "Zahradní", "Lidická", "Jiráskova", "Smetanova", "Na Výsluní", "U Potoka"),
            "+420 %03d %03d %03d", "Rodina %s", "SMLOUVA-%d-%05d"),

    HUNGARIAN(
            List.of("László", "István", "József", "János", "Zoltán", "Sándor", "Gábor", "Ferenc", "Attila", "Péter",
                    "Tamás", "Zsolt", "Tibor", "András", "Csaba", "Imre", "Lajos", "Bence", "Máté", "Dávid"),
            List.of("Mária", "Erzsébet", "Katalin", "Ilona", "Éva", "Anna", "Zsuzsanna", "Margit", "Judit", "Ágnes",
                    "Andrea", "Erika", "Krisztina", "Eszter", "Anikó", "Zsófia", "Réka", "Hanna", "Noémi", "Gabriella"),
            List.of("Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas",
                    "Balogh", "Papp", "Takács", "Juhász", "Lakatos", "Mészáros", "Oláh", "Simon", "Rácz", "Fekete"),
            List.of("Budapest/1081", "Debrecen/4024", "Szeged/6720", "Miskolc/3525", "Pécs/7621", "Győr/9021",
                    "Nyíregyháza/4400", "Kecskemét/6000", "Székesfehérvár/8000", "Szombathely/9700", "Szolnok/5000",
                    "Eger/3300"),
            List.of("Kossuth Lajos utca", "Petőfi Sándor utca", "Rákóczi út", "Dózsa György út", "Ady Endre utca",
                    "Arany János utca", "Jókai Mór utca", "Széchenyi utca", "Béke utca", "Fő utca", "Bajcsy-Zsilinszky út"),
            "+36 %02d %03d %04d", "%s család", "MEGALL-%d-%05d");

    private final List<String> menFirstNames;
    private final List<String> womenFirstNames;
    private final List<String> surnames;
    private final List<String> cities;
    private final List<String> streets;
    private final String phoneFormat;
    private final String familyNameFormat;
    private final String contractNumberFormat;

    DemoVocabulary(List<String> menFirstNames, List<String> womenFirstNames, List<String> surnames,
                   List<String> cities, List<String> streets, String phoneFormat, String familyNameFormat,
                   String contractNumberFormat) {
        this.menFirstNames = menFirstNames;
        this.womenFirstNames = womenFirstNames;
        this.surnames = surnames;
        this.cities = cities;
        this.streets = streets;
        this.phoneFormat = phoneFormat;
        this.familyNameFormat = familyNameFormat;
        this.contractNumberFormat = contractNumberFormat;
    }

    String firstName(RandomGenerator random, boolean woman) {
        return pick(random, woman ? womenFirstNames : menFirstNames);
    }

    /** A surname as the man's and woman's form, "Novák/Nováková"; a Hungarian one has one form. */
    String surname(RandomGenerator random) {
        return pick(random, surnames);
    }

    static String form(String surname, boolean woman) {
        int slash = surname.indexOf('/');
        return slash < 0 ? surname : woman ? surname.substring(slash + 1) : surname.substring(0, slash);
    }

    /** "city/postal code". */
    String city(RandomGenerator random) {
        return pick(random, cities);
    }

    String street(RandomGenerator random) {
        return pick(random, streets);
    }

    String phone(RandomGenerator random) {
        return this == CZECH
                ? phoneFormat.formatted(600 + random.nextInt(180), random.nextInt(1000), random.nextInt(1000))
                : phoneFormat.formatted(20 + random.nextInt(51), random.nextInt(1000), random.nextInt(10000));
    }

    String familyName(String surname) {
        return familyNameFormat.formatted(this == CZECH ? plural(form(surname, true)) : surname);
    }

    String contractNumber(int year, int serial) {
        return contractNumberFormat.formatted(year, serial);
    }

    /** "Nováková" becomes "Novákových", "Černá" becomes "Černých": the family's name in the genitive plural. */
    private static String plural(String womansSurname) {
        return womansSurname.substring(0, womansSurname.length() - 1) + "ých";
    }

    static <T> T pick(RandomGenerator random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    static final List<String> ENGAGEMENT_TITLES = List.of(
            "Dluhové poradenství", "Hledání bydlení", "Podpora při hledání práce", "Vyřízení dávek",
            "Výchovné problémy dětí", "Doprovod na úřady", "Rodinné konflikty", "Adósságrendezés",
            "Lakhatási támogatás", "Álláskeresés segítése", "Családi konfliktus", "Ügyintézés hivatalokban");

    static final List<String> GOALS = List.of(
            "Stabilizovat bydlení", "Splácet dluhy podle splátkového kalendáře", "Najít stálé zaměstnání",
            "Zajistit pravidelnou školní docházku dětí", "Vyřídit příspěvek na bydlení", "Obnovit kontakt s rodinou",
            "A lakhatás biztosítása", "Rendszeres jövedelem elérése", "A gyermekek iskolába járásának támogatása",
            "Az adósságok rendezése");

    static final List<String> RECORDS = List.of(
            "Klient přišel s dopisem od exekutora, domluvili jsme další postup.",
            "Telefonicky ověřen termín jednání na úřadu práce.",
            "Společně sepsána žádost o příspěvek na bydlení.",
            "Návštěva v domácnosti, děti v pořádku, byt uklizený.",
            "Příprava podkladů pro případovou konferenci.",
            "Vyhledány volné pracovní pozice v okolí.",
            "Az ügyféllel áttekintettük a havi költségvetést.",
            "Telefonon egyeztettünk a gyámhivatallal.",
            "Családlátogatás, a gyerekek rendben vannak.",
            "Segítettünk kitölteni a lakásfenntartási támogatás kérelmét.",
            "Esetmegbeszélés a védőnővel és az iskolával.");

    static final List<String> PLACE_NOTES = List.of("Úřad práce", "Městský úřad", "Škola", "Kormányablak", "Kórház");
}
