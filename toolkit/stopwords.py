"""Function words of English, Ukrainian and Russian: the words no comparison counts as
content (toolkit.compare.words), and whose spelling no name read by ear may take
(toolkit.translit). A module of its own, below both, so that neither imports the other."""

from __future__ import annotations

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        (  # noqa: SIM905
            "a an the and or but if then than so as of in on at to for from by with about "
            "into onto over under after before between through during without within up down "
            "out off is are was were be been being am do does did done have has had having "
            "will would shall should can could may might must it its it's this that these "
            "those there here i me my we us our you your he him his she her they them their "
            "what which who whom whose when where why how all any both each some such no nor "
            "not only own same too very just also again once further more most other s t don "
            "now mr mrs ms said says say told tell according"
        ).split()
    ),
    "uk": frozenset(
        (  # noqa: SIM905
            "і й та а але або чи що щоб як коли де куди бо тому якщо хоча ж же б би в у на з "
            "із зі до від по за під над про через при для без між о об ще вже лише тільки "
            "навіть так не ні це цей ця ці те той та ті той його її їх їхній їй йому їм він "
            "вона воно вони я ми ви ти мене мені нас нам вас вам себе свій своя своє свої мій "
            "моя наш ваш є був була було були буде будуть бути який яка яке які котрий весь "
            "вся все всі сказав сказала заявив заявила зазначив каже кажуть за словами також "
            "теж там тут саме ось адже нібито хто ніж після перед проте однак зараз тепер "
            "нині знову тоді потім дуже надто такий інший кожен кожний деякий будь-який "
            "можна могти мусити треба повинен"
        ).split()
    ),
    "ru": frozenset(
        (  # noqa: SIM905
            "и й а но или ли что чтобы как когда где куда потому если хотя же ж бы б в во на "
            "с со к ко до от по за под над про через при для без между о об обо у из уже ещё "
            "еще лишь только даже так не ни это этот эта эти то тот та те его её ее их ей ему "
            "им он она оно они я мы вы ты меня мне нас нам вас вам себя свой своя своё свои "
            "мой моя наш ваш есть был была было были будет будут быть который которая которое "
            "которые весь вся всё все сказал сказала заявил заявила отметил говорит по словам "
            "также тоже там тут именно вот ведь якобы кто чем после перед однако сейчас "
            "теперь снова тогда потом очень слишком такой другой каждый некоторый любой "
            "можно мочь надо нужно должен более наиболее"
        ).split()
    ),
}
