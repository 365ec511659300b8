package ingest

import (
	"strings"
	"unicode/utf8"
)

// givenNames maps common given names, across the languages news reports
// most, to the gender they most often carry. It serves three purposes:
// telling that "Kai Mensah" is a person and not a place, finding where a
// name starts after a long title ("Secretary of State for … Daniel P.
// Whitcomb"), and letting "she" skip past a man. A name missing from it is
// compatible with either pronoun (and the article's own pronouns may tell,
// see learnGenders), so names common to both genders (Kim, Jordan, Alex,
// Andrea, Nicola, Kiran, Jan) are left out.
var givenNames = map[string]gender{}

// fatherNames are men's given names of cultures that write a father's
// given name after a child's own as a surname ("<Given> <Father's
// Given>"): closing a name of two words, such a name tells nothing of the
// person's gender, nor that their family name comes first.
var fatherNames = map[string]bool{}

func init() {
	for _, n := range strings.Fields(`
		aaron abdul abdullah adam adrian ahmed ahmad akira alan albert alberto alejandro aleksandr
		alexander alexandre alexei alexey ali alfred amir anders andre andreas andrei andrew andrey
		andriy angelo anthony antonio antony anton arjun arnold arthur ashok aziz barack bashar ben
		benjamin bernard bill bob boris brad brandon brian bruce carl carlos charles chris christian
		christopher colin craig dan daniel danny dave david dennis dmitry dmitri donald doug douglas
		edward emmanuel enrique eric erik evgeny fabio felipe fernando francesco francis francisco frank
		franz frederick gabriel gary george georg gerhard giorgio giuseppe gordon goran graham greg
		gregory hans harry hassan henrik henry hugo ian ibrahim igor ilya isaac ivan jack jacob jacques
		jake james jason javier jean jeff jeffrey jens jerome jim joachim joe joel johan johannes
		john jon jonas jonathan jorge jose josef joseph juan julian jurgen justin kai karl kevin
		klaus kurt lars leon leonid liam lorenzo luis lukas luca luke mahmoud manuel marc marcel
		marco marcus mario mark martin mateusz matteo matthew max michael michel miguel mike mikhail
		miklos mohamed mohammed muhammad nathan neil nicholas nick nicolas nikolai nikolay oleg oleksandr
		oleksiy olaf oliver omar oscar oskar pablo paolo patrick paul paulo pavel pedro peter petr
		petro philip philippe pierre pieter piotr rafael rahul raj ralph ramon raul ravi richard rick
		robert roberto roger roman ron ronald rui ryan salman sam samuel sanjay scott sean sebastian
		sergei sergey sergio serhiy simon stefan stephen steve steven stuart sven taras ted thomas
		tim timothy tobias tom tomas tomasz tony valery vasily victor viktor vincent vladimir
		vladislav volodymyr walt walter wei william wolfgang xavier yaroslav yevgeny youssef yuri
		yusuf zbigniew`) {
		givenNames[n] = male
	}
	for _, n := range strings.Fields(`
		aisha alessandra alexandra alice alicia alina alla amanda amara amy ana anastasia andrea angela
		angelika anita ann anna anne annalena annika antonia ashley barbara beatrice birgit brigitte
		camille carla carmen caroline catherine cecilia charlotte chloe christina christine claire
		clara claudia cristina daria deborah diana diane donna dorothy elena eleni elisabeth elizabeth
		ellen elsa emily emma eva fatima fiona francesca frederica gabriela giulia grace hanna hannah
		heather helen helena ines ingrid irina isabel isabella jacinda jane janet jennifer jessica
		joanna julia julie karen karin katarina katharina kate katherine kathleen kathryn katja
		kristina laura leila lena lillian linda lisa liz lucia lucy magdalena malgorzata margaret
		margit margarita maria marie marina marta martha mary maya melanie mia michelle monica nadia
		nadine nancy natalia natalie natasha nicole nina olena olga paula petra priya rachel rebecca
		rita rosa rosalind ruth sabine sandra sara sarah sofia sophie stephanie susan svetlana tanya tatiana
		teresa ursula valentina vera veronica victoria vesna yulia yuliia zoe`) {
		givenNames[n] = female
	}
	// More names, by the languages they come from.
	for _, n := range strings.Fields(`
		alasdair alastair angus callum cameron conor connor declan dermot donal  eoin
		fergus gareth hamish kieran niall padraig ruairi seamus ciaran cathal colm diarmuid
		barry bradley bryan calvin carl clive dale darren dean derek dominic duncan dylan eddie elliot
		elliott ewan frankie gavin geoffrey glenn grant guy harold harvey hugh jamie jeremy
		jonah keith kenneth kyle lawrence leonard lewis malcolm martyn mathew matt maurice
		nigel norman owen perry phil phillip quentin raymond reginald rhys rob robbie rodney rupert
		rory ross roy russell shane shaun spencer stanley stewart terence terrence terry theo
		toby trevor troy vernon wayne wesley dwight chuck hank travis tyler zachary
		alvaro andres antoni armando arturo cesar diego eduardo emilio esteban federico gerardo
		gonzalo guillermo gustavo hector hernan ignacio jaime jesus joaquin jordi julio leonardo
		lucas marcelo mariano mauricio nicolas octavio oscar rafa ramiro ricardo rodrigo salvador
		santiago tomas vicente joao goncalo nuno rui tiago vitor patricio
		alessandro  antonello carlo claudio dario enrico fabrizio filippo franco gianni
		giorgio giovanni massimo maurizio nicolo pietro riccardo salvatore sergio silvio stefano
		umberto vittorio
		alain andre antoine benoit bertrand christophe didier elie emmanuel etienne fabien francois
		frederic georges gerard gilles guillaume herve jean-luc jean-pierre julien laurent loic mathieu
		olivier pascal patrice remi sebastien stephane thierry yann yves
		bernd christoph dieter florian friedrich gunter  jorg karl-heinz lothar markus
		matthias norbert olaf ralf reinhard rudolf thorsten uwe volker werner
		bram dirk geert hendrik joost kees maarten niels ruud sander wouter
		bjorn erling gunnar haakon henning jesper knut lasse magnus  mikael morten nils
		ole rasmus stig ulf
		aleksander andrzej bogdan dariusz grzegorz jaroslaw jerzy krzysztof marek pawel radoslaw
		tadeusz wojciech arkady anatoly dmytro fyodor gennady grigory kirill konstantin maxim
		mykola nikita pyotr ruslan stanislav timur vadim valentin vitaly yegor yevhen
		milos nenad dragan zoran vuk tomislav ante
		abdel abdelaziz abdulaziz abdulla adel ahmet amr anwar bilal emre faisal fahad hamza
		hussein hasan hakan hamid issa jamal karim khaled khalid mahmud mehmet mostafa mustafa
		nabil nasser omer osman rashid recep saeed salim sami tariq walid yasser yousef ziad
		abbas ali-reza hossein javad majid mehdi mohsen reza
		abhishek ajay ajit akash amit anand anil arun arvind ashish deepak dinesh gaurav harsh
		jayant kumar manish manoj mukesh narendra nitin pankaj prakash pranav rajesh rakesh
		ramesh rohan sachin sandeep santosh sanjeev sharad shashi siddharth sudhir sunil suresh
		vijay vikram vinay  vivek yogesh imran nawaz shahid
		adebayo chidi chinedu emeka femi kwame kofi kwesi olumide tunde yaw amadou moussa ousmane
		mamadou ibrahima cheikh abdoulaye  tendai thabo sipho jomo uhuru
		hiroshi hideki kazuo kenji  makoto naoki satoshi shinzo takashi takeshi taro
		tetsuya yoshihide yasuhiro shigeru fumio ichiro koji
		abhay aditya akhil alok amitabh anupam anurag ashwin balaji bharat chetan devendra dev
		dhruv dilip ganesh gopal govind hari harish hemant jagdish jitendra kailash kamal kapil
		kishore krishna lalit mahesh manoj mohan mukul naveen nikhil pradeep pramod praveen
		rajeev rajendra rajiv ramesh ravindra rohit sameer sanjiv satish shankar shiv shyam
		subhash sudhakar sumit surendra tarun tushar uday umesh vikas vinod vishal yash
		abdulrahman aliyu babatunde bola chukwuma chinonso danladi emeka ifeanyi kayode kehinde
		musa nnamdi obinna olusegun oluwaseun segun sani tunji uche yakubu yusuf
		kibet kiprono kipchoge kiprop otieno ochieng odhiambo onyango wafula kamau njoroge mwangi
		baraka juma hamisi jabari
		kwabena kojo kwaku kwadwo yaw ato 
		thulani themba bongani sibusiso mandla lungile sizwe tshepo
		haruto hiroki kenta kenichi masaru ryo ryota shota takumi tatsuya yuki yusuke daisuke
		jae-hyuk min-jun seo-jun ji-hoon hyun-woo sung-min dong-hyun
		ahmet mehmet mustafa yusuf emre burak cem murat serkan kemal ismail huseyin
		budi agus bambang joko slamet eko hadi
		jose luis juan carlos pedro miguel antonio manuel francisco rodrigo
		lachlan angus hamish fraser archie jock rory
		tane wiremu hemi rawiri manaia sione tevita viliami semisi
		bjarne eirik espen halvard henrik jorgen kjell leif  oystein  sindre trond
		pekka juha jukka matti mikko timo ville
		mihai andrei florin ionut
		zoltan laszlo gabor istvan
		ondrej jiri pavel tomas
		dimitris georgios konstantinos nikos giannis yannis
		darragh cathal eamon eamonn enda micheal padraig ronan tadhg
		dwayne darnell deshawn jamal marquis tyrone lamar terrell
		greg
		johnny jhonny iain caio
		`) {
		if _, seen := givenNames[n]; !seen {
			givenNames[n] = male
		}
	}
	for _, n := range strings.Fields(`
		aileen ailsa aoife brid caoimhe ciara deirdre eilis grainne niamh orla roisin siobhan
		sinead una fionnuala moira morag isla kirsty mhairi shona eilidh
		abigail alison amber angela anne-marie annette audrey beth bethany beverley bridget
		brooke carol carole caroline cheryl christina colleen danielle dawn debbie denise eileen
		elaine eleanor ella emma esther evelyn faye felicity frances gemma georgina gillian
		gloria gwen hayley hazel hilary holly jackie jacqueline  janice  jemima jenny
		jill joan joanne josephine joy judith judy june kathy katie kelly kerry  kirsten
		lesley linda lindsay lorraine louise lynn mandy marion marjorie maureen megan melissa
		miriam molly natasha naomi  pamela patricia pauline penelope philippa polly
		rebekah rosemary rosie samantha shannon sharon sheila shirley sophia stella suzanne
		sylvia tessa tracey valerie vanessa wendy yvonne zara
		adriana alejandra beatriz camila catalina consuelo daniela dolores elisa esperanza
		fernanda florencia gabriela graciela guadalupe ines isabela josefina juana leticia
		lourdes lucia luciana luisa marisol mercedes milagros monserrat montserrat nuria paloma
		pilar raquel rocio soledad ximena yolanda
		alessia chiara federica giorgia ilaria lucrezia martina paola roberta silvia simona
		valeria
		amelie anais brigitte celine chantal delphine elodie genevieve helene isabelle josiane
		juliette laetitia manon marine mathilde nathalie sandrine segolene solene sylvie veronique
		anke annegret  gudrun heike helga hildegard ilse jutta katrin kerstin liesel
		mareike renate sigrid silke ulrike
		 femke  marieke sanne saskia
		astrid birgitta freja ingeborg kari liv maja malin mette ragnhild sigrun solveig
		agnieszka beata danuta ewa grazyna halina jadwiga katarzyna malgorzata urszula
		ekaterina galina lyudmila oksana tamara valentina yekaterina zoya
		amina aysha fatma farah hana hanan huda layla leyla mariam maryam nour rania reem salma
		samira yasmin yasmine zeynep zahra amira samia hiba rasha
		aarti anjali deepa divya geeta kavita lakshmi meena meera neha nirmala pooja priyanka
		radhika rekha  rupa sangeeta shanti sita sunita swati usha
		amaka chioma ngozi  folake funmilayo  wangari aminata fatou mariama
		akiko  emiko haruka keiko mayumi megumi naoko noriko sachiko tomoko yoko yumiko
		anjali ananya bhavna deepika geetha hema jyoti kamla kavya lata madhu mamta manju
		nandini padma parvati pushpa rani rekha renu ritu savita seema shalini shobha shweta
		sushma uma vandana vidya
		adaeze adaobi  chiamaka chinwe ebele funke ifeoma kemi ngozi nneka olufunke
		omolara titilayo yetunde zainab hauwa hadiza aisha halima
		wanjiku wambui njeri akinyi achieng atieno nyambura wairimu mumbua zawadi neema
		abena  akosua adwoa efua esi yaa
		nomvula thandiwe nandi zanele lindiwe busisiwe nokuthula 
		hatice elif emine ayse ayşe merve esra ozlem sevgi
		sakura yui yuko hanako kumiko michiko reiko sayuri yumi
		min-ji seo-yeon ji-woo soo-jin ji-eun hye-jin eun-ji
		mele losana ana-maria salote
		lorna maisie morven catriona kirsteen
		linn kari marit randi  hege kristin trine ingvild
		biret ane 
		aurelia elise eloise harriet henrietta imogen philippa georgina
		maria teresa
		leah
		`) {
		if _, seen := givenNames[n]; !seen {
			givenNames[n] = female
		}
	}
	// Given names of the cultures world news quotes beyond Europe and
	// India's north: Arabic, Persian, Turkish, Kurdish, Pashto, Urdu,
	// Bengali, the languages of India's south and of Sri Lanka, Nepali,
	// Thai, Malay and Indonesian, Filipino, East African, Ethiopian and
	// Somali, West and Southern African, Latin American, Portuguese,
	// Slavic, Baltic, Balkan, Greek, Georgian, Armenian, Nordic, Irish,
	// Welsh and Maori. None is a common English word, a place or a title,
	// and names either gender carries are left out. Names that put the
	// family name first in English copy (Chinese, Korean, Vietnamese) and
	// Burmese names, which have none, are not here: a given name known
	// inside such a name would cut the family name off it. Most of these
	// cultures write a father's given name as a child's surname ("<Given>
	// <Father's Given>"), so the men's names here are fatherNames too.
	for _, n := range strings.Fields(`
		hisham haitham hatem hazem hani hesham osama usama ayman ashraf essam ehab sherif magdy wael
		waleed tarek tarik marwan nizar ghassan fadi rami bassam bassem samir sameh raed imad emad mounir
		munir mohamad mohammad mahmood syed sayed sayyed sayyid hamoud abdulkarim abdelkarim abdullahi abdulkadir saleh salih
		adnan anas ammar yasir yaser turki nayef nawaf saud fawaz fawzi fawzy jassim jasim hamad hamed
		rashed obaid majed maher mazen jaber jaafar jafar hussain husain haidar haider haydar kareem
		mustapha moustafa younis younes yunus idris driss hicham abdellatif abdelkader rachid mourad
		kamel lotfi habib bachir bashir zakaria ismael ilyas elias ayoub ayub oussama saif faris firas
		laith qasim kassem fouad fuad nadim shadi sofiane yassine jalal farid charbel
		abakar idriss hissein adoum
		abdirahman abdikarim abdirashid abdiweli mohamud
		masoud massoud morteza mojtaba farhad farshid behrouz bahram dariush kourosh parviz kazem kamran
		shahram babak ramin arash payam omid navid vahid abolfazl ebrahim alireza mohammadreza gholamreza
		baris bulent cengiz ertugrul fikret gokhan kaan kadir kerem levent mesut metin onur orhan ozan
		selim sinan suleyman taner tolga ugur umit volkan yavuz zafer binali ekrem mevlut
		masrour nechirvan hoshyar rebwar karwan dilshad sherko hawre hemin
		amrullah zalmay gulbuddin sirajuddin zabihullah rahmatullah hibatullah najibullah hafizullah
		wahid khalil
		shehbaz shahbaz asif bilawal fawad shoaib babar sarfraz ishaq asad ahsan aamir irfan junaid
		kashif khurram naveed rizwan tahir usman waqar yasin zubair farooq ghulam  javed jawad
		mushtaq murad nadeem pervez parvez raza sajid shahzad sohail tanveer zahid zulfiqar
		   mahbub tanvir rafiqul shahidul mizanur
		abhijit ajinkya amol aniket anirudh ashutosh chandrashekhar eknath girish jayesh kedar ketan
		mangesh milind mahendra narayan nilesh omkar prashant rajat shailesh shrikant sushil swapnil
		vaibhav vilas vinayak yashwant nitish akhilesh shivraj bhupesh piyush rajnath
		arumugam ganesan jayakumar karthik karthikeyan kannan murugan muthu rajagopal saravanan senthil
		sivakumar sundar venkatesh vijayakumar
		chandrababu jaganmohan srinivas srinivasa ramakrishna venkat pawan revanth
		anoop biju sajan shaji 
		mahinda gotabaya ranil sajith maithripala chaminda lasantha nalin nimal ruwan sanath upul
		dilhan kasun lahiru
		 madhav baburam gagan binod bikash dipendra
		somchai somsak prayut prawit anutin thaksin srettha abhisit wissanu supachai
		azmin hishammuddin kamarudin khairy mahathir muhyiddin najib rafizi saifuddin zulkifli fadillah
		shafie fahmi amirudin prabowo ganjar anies airlangga luhut susilo dedi teguh wahyu arief
		arif bayu dimas fajar heru rudi
		ferdinand benigno rolando danilo ernesto rogelio renato reynaldo edgardo efren
		daudi kassim mussa rashidi athumani bakari haruna omari  selemani shabani yoweri godfrey
		moses wycliffe simeon
		abiy abebe alemayehu berhanu bekele dawit demeke getachew girma haile kebede mekonnen mesfin
		mulugeta negash tadesse tesfaye tewodros yohannes yonas biniam
		adewale babajide bolaji bamidele gbenga kunle olamide rotimi seun dapo lanre deji muyiwa
		chukwuemeka ikechukwu okechukwu
		abubakar aminu garba lawal nasiru shehu tanko umar danjuma kabiru murtala nuhu
		kwasi kobina kwamena
		modou lamine malick babacar macky aliou boubacar souleymane seydou idrissa alioune moustapha
		lwazi siyabonga emmerson mmusi
		fabian rodolfo ruben agustin alfonso alonso cristian cristobal gilberto horacio jairo leandro
		lisandro matias maximiliano norberto ulises
		duarte afonso bernardo diogo henrique luiz geraldo ciro jair flavio otavio renan
		bohdan borys denys kostiantyn maksym mykhailo oleh vasyl vitaliy yurii andrii artem ihor oleksii
		vadym serhii pavlo hennadii anatolii valerii
		bartosz jakub kamil lukasz maciej przemyslaw rafal slawomir szymon witold
		jaroslav ladislav miroslav vaclav zdenek vojtech lubomir
		aleksandar bojan branko darko dejan dusan ivica marko nebojsa predrag slobodan srdjan zeljko
		zlatko mirsad edin haris boyko rumen kiril georgi hristo ivaylo ilir besnik arben
		catalin cosmin mircea nicusor ovidiu radu razvan sorin traian vlad
		andrius arturas gitanas mindaugas vytautas egils krisjanis karlis edgars toomas
		apostolos christos dimitrios evangelos kyriakos panagiotis stavros spyros thanos vassilis
		vangelis
		giorgi irakli levan mikheil zurab davit bidzina armen aram ashot gagik hovhannes levon tigran
		vardan
		bengt fredrik gustav kristian olof torbjorn gudmundur sigurdur bjarni joris jeroen wopke
		aodhan cian cillian daithi donnacha eoghan fiachra oisin padraic peadar dafydd emyr gethin huw
		iwan ieuan rhodri
		tamati tipene nikau sitiveni jioji
		`) {
		if _, seen := givenNames[n]; !seen {
			givenNames[n] = male
		}
		fatherNames[n] = true
	}
	for _, n := range strings.Fields(`
		hasina khaleda sajeda nasrin shirin
		aishwarya anuradha archana asha bhavana chitra deepti gayatri kalpana madhuri manisha meenakshi
		 nisha poonam pratibha preeti rashmi rohini sarita shilpa shruti smita sneha sushila
		vasundhara supriya mamata smriti kanimozhi chandrika dilani harini
		paetongtarn yingluck azalina retno megawati leni imee
		mwanaisha zuhura rehema mwajuma nafula nekesa  wangui nyokabi chebet
		almaz hirut meseret tigist tirunesh birtukan hodan fadumo sahra ifrah deeqa
		abimbola adenike bukola modupe morenike omotola bunmi obiageli binta akua afua adjoa afia ekua
		awa khady ndeye coumba aissatou rokhaya
		naledi palesa refilwe nthabiseng thandeka nompumelelo nosipho noluthando zodwa
		agustina antonella isidora javiera josefa lorena macarena marcela maite romina viviana yesenia
		joana leonor mafalda margarida dilma gleisi tereza
		anastasiia iryna kateryna liudmyla mariia olha tetiana viktoriia dorota elzbieta justyna monika
		renata zofia jana lenka marketa zuzana biljana dragana ivana jasmina jelena marija milica mirjana
		snezana tatjana zorica iliana mariya ioana raluca corina
		kaja ingrida evika kersti katerina salome anahit lilit
		helle inger sanna tarja ulla sigridur
		aisling clodagh eimear mairead maire nuala orlaith saoirse sorcha angharad bethan carys cerys
		eluned ffion gwenllian nia sian
		ngaire
		`) {
		if _, seen := givenNames[n]; !seen {
			givenNames[n] = female
		}
	}
	// Yoruba given names that women and men both carry (many are names of
	// a birth's circumstance, or twins' names): still given names, telling
	// that the words are a person's, but of no gender, so that the
	// article's own "she" or "he" decides (learnGenders) and is not
	// skipped past the person it means.
	for _, n := range strings.Fields(`oluwaseun seun kehinde taiwo olamide temitope damilola ayodele`) {
		givenNames[n] = unknownGender
	}
}

// givenGender looks a lower-case word up in givenNames, without its
// accents when it has any ("maría" is "maria") and by its first part when
// it is hyphenated ("jean-françois").
func givenGender(w string) (gender, bool) {
	if inLexicon(w, cGiven) { // givenNames[w], by the one look-up in wordClasses
		return givenNames[w], true
	}
	if i := strings.IndexByte(w, '-'); i > 0 {
		return givenGender(w[:i])
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			folded := foldWords(w, nil)
			if len(folded) == 1 {
				g, ok := givenNames[folded[0]]
				return g, ok
			}
			return unknownGender, false
		}
	}
	return unknownGender, false
}
